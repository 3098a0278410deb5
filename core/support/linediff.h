#pragma once

#include <QByteArray>
#include <QByteArrayList>

#include <functional>
#include <vector>

namespace kubeminder {

/// The lines that differ between two texts, as `diff -u` shows them: hunks of changed lines with
/// a few unchanged lines around them.
class LineDiff
{
public:
    struct Line
    {
        enum class Kind { Same, Removed, Added };
        Kind kind;
        QByteArray text; ///< without its line break (and without a carriage return before it)
    };
    struct Hunk
    {
        int oldStart = 0; ///< 1-based, as in "@@ -oldStart,oldCount +newStart,newCount @@"
        int oldCount = 0;
        int newStart = 0;
        int newCount = 0;
        std::vector<Line> lines;
    };

    /// The hunks that turn `before` into `after`, with `context` unchanged lines around each
    /// change. Exact (a longest common subsequence) where the changed middle of the two texts is
    /// small; a larger middle is shown as removed and added whole.
    static std::vector<Hunk> hunks(const QByteArray &before, const QByteArray &after, int context = 3);

    /// The hunks in unified format under "--- `oldName`" and "+++ `newName`", each line through
    /// `show` (which may mask or filter it); at most `maxLines` lines of hunks (`omitted` gets how
    /// many more there are). Empty when the texts are the same.
    static QByteArray unified(const QByteArray &before, const QByteArray &after, const QByteArray &oldName,
                              const QByteArray &newName,
                              const std::function<QByteArray(const QByteArray &)> &show, int maxLines = 400,
                              int *omitted = nullptr);

    static QByteArrayList splitLines(const QByteArray &text);
};

} // namespace kubeminder
