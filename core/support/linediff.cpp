#include "linediff.h"

#include <algorithm>

namespace kubeminder {

namespace {

// Above this many cells the table of the exact diff would cost more than a preview is worth: a
// file rewritten whole is then shown as removed and added, which is what it is.
constexpr qsizetype MaximumCells = 4'000'000;

using Kind = LineDiff::Line::Kind;

struct Step
{
    Kind kind;
    int oldIndex; ///< for Same and Removed
    int newIndex; ///< for Same and Added
};

// The edit script of a[from..) against b[from..), both ending `tail` lines before their ends.
std::vector<Step> script(const QByteArrayList &a, const QByteArrayList &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    int head = 0;
    while (head < n && head < m && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && a[n - 1 - tail] == b[m - 1 - tail])
        ++tail;
    const int rows = n - head - tail;
    const int cols = m - head - tail;

    std::vector<Step> steps;
    for (int i = 0; i < head; ++i)
        steps.push_back({Kind::Same, i, i});
    if (qsizetype(rows + 1) * (cols + 1) <= MaximumCells) {
        // lcs[i][j]: the longest common subsequence of a[head+i..] and b[head+j..] in the middle.
        std::vector<int> lcs(std::size_t(rows + 1) * std::size_t(cols + 1), 0);
        const auto at = [&](int i, int j) -> int & {
            return lcs[std::size_t(i) * std::size_t(cols + 1) + std::size_t(j)];
        };
        for (int i = rows - 1; i >= 0; --i) {
            for (int j = cols - 1; j >= 0; --j)
                at(i, j) =
                    a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        int i = 0;
        int j = 0;
        while (i < rows || j < cols) {
            if (i < rows && j < cols && a[head + i] == b[head + j]) {
                steps.push_back({Kind::Same, head + i++, head + j++});
            } else if (j < cols && (i == rows || at(i, j + 1) >= at(i + 1, j))) {
                steps.push_back({Kind::Added, -1, head + j++});
            } else {
                steps.push_back({Kind::Removed, head + i++, -1});
            }
        }
        // Removed lines before the added ones they stand for, as diff -u shows a replacement.
        for (std::size_t k = 1; k < steps.size(); ++k) {
            for (std::size_t l = k;
                 l > 0 && steps[l - 1].kind == Kind::Added && steps[l].kind == Kind::Removed; --l)
                std::swap(steps[l - 1], steps[l]);
        }
    } else {
        for (int i = 0; i < rows; ++i)
            steps.push_back({Kind::Removed, head + i, -1});
        for (int j = 0; j < cols; ++j)
            steps.push_back({Kind::Added, -1, head + j});
    }
    for (int k = 0; k < tail; ++k)
        steps.push_back({Kind::Same, n - tail + k, m - tail + k});
    return steps;
}

} // namespace

QByteArrayList LineDiff::splitLines(const QByteArray &text)
{
    QByteArrayList lines = text.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast(); // the line break that ends the last line
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

std::vector<LineDiff::Hunk> LineDiff::hunks(const QByteArray &before, const QByteArray &after, int context)
{
    const QByteArrayList a = splitLines(before);
    const QByteArrayList b = splitLines(after);
    const std::vector<Step> steps = script(a, b);

    std::vector<Hunk> result;
    std::size_t k = 0;
    while (k < steps.size()) {
        // The next change, and the hunk around it and every change within 2 × context of it.
        while (k < steps.size() && steps[k].kind == Kind::Same)
            ++k;
        if (k == steps.size())
            break;
        std::size_t first = k >= std::size_t(context) ? k - std::size_t(context) : 0;
        std::size_t last = k;
        for (std::size_t scan = k; scan < steps.size(); ++scan) {
            if (steps[scan].kind != Kind::Same) {
                last = scan;
            } else if (scan - last > std::size_t(2 * context)) {
                break;
            }
        }
        const std::size_t end = std::min(steps.size(), last + 1 + std::size_t(context));
        Hunk hunk;
        int oldFirst = -1;
        int newFirst = -1;
        for (std::size_t s = first; s < end; ++s) {
            const Step &step = steps[s];
            if (step.kind != Kind::Added) {
                ++hunk.oldCount;
                if (oldFirst < 0)
                    oldFirst = step.oldIndex;
            }
            if (step.kind != Kind::Removed) {
                ++hunk.newCount;
                if (newFirst < 0)
                    newFirst = step.newIndex;
            }
            hunk.lines.push_back({step.kind, step.kind == Kind::Added ? b[step.newIndex] : a[step.oldIndex]});
        }
        // diff -u numbers an empty side by the line before it.
        hunk.oldStart = oldFirst >= 0 ? oldFirst + 1 : 0;
        hunk.newStart = newFirst >= 0 ? newFirst + 1 : 0;
        if (oldFirst < 0)
            hunk.oldStart = int(std::count_if(steps.begin(), steps.begin() + qsizetype(first),
                                              [](const Step &s) { return s.kind != Kind::Added; }));
        if (newFirst < 0)
            hunk.newStart = int(std::count_if(steps.begin(), steps.begin() + qsizetype(first),
                                              [](const Step &s) { return s.kind != Kind::Removed; }));
        result.push_back(std::move(hunk));
        k = end;
    }
    return result;
}

QByteArray LineDiff::unified(const QByteArray &before, const QByteArray &after, const QByteArray &oldName,
                             const QByteArray &newName,
                             const std::function<QByteArray(const QByteArray &)> &show, int maxLines,
                             int *omitted)
{
    const std::vector<Hunk> all = hunks(before, after);
    if (all.empty())
        return {};
    QByteArray out = "--- " + oldName + "\n+++ " + newName + "\n";
    int shown = 0;
    int total = 0;
    for (const Hunk &hunk : all)
        total += int(hunk.lines.size()) + 1;
    for (const Hunk &hunk : all) {
        if (shown >= maxLines)
            break;
        out += "@@ -" + QByteArray::number(hunk.oldStart) + ',' + QByteArray::number(hunk.oldCount) + " +" +
               QByteArray::number(hunk.newStart) + ',' + QByteArray::number(hunk.newCount) + " @@\n";
        ++shown;
        for (const Line &line : hunk.lines) {
            if (shown >= maxLines)
                break;
            const char sign = line.kind == Kind::Same ? ' ' : line.kind == Kind::Removed ? '-' : '+';
            out += sign + show(line.text) + '\n';
            ++shown;
        }
    }
    if (omitted)
        *omitted = total - shown;
    return out;
}

} // namespace kubeminder
