#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// Writes an edited kubeconfig tree back into the text it was read from, changing only the bytes
/// of what changed: a replaced value is spliced over the old one in the old one's quoting style, a
/// removed field takes its lines with it, and a new field or list entry goes where the tree puts
/// it, in the file's own indentation (block or JSON-style flow), line endings and quoting. Comments,
/// blank lines, order, a byte-order mark and every untouched byte stay as they are.
///
/// Every result is parsed again as kubectl would read it and compared with the intended tree. Where
/// a precise edit cannot be made safely (a value reached through an alias or a merge key, a block
/// scalar, a key given twice, a change of the keys' order) or the check fails, the whole tree is
/// written out instead (as JSON for a JSON file), and the result says why.
class YamlSplicer
{
    Q_DECLARE_TR_FUNCTIONS(YamlSplicer)

public:
    struct Result
    {
        QByteArray bytes;        ///< the new file; empty when the tree cannot be written at all
        bool layoutKept = false; ///< only the bytes of changed values changed
        QString fallbackReason;  ///< when !layoutKept: why the whole file was written out
    };

    /// `original`: the file's bytes; `originalRoot`: its tree as KubeconfigDocument read it;
    /// `intended`: the edited tree. `path` anchors relative paths for the check.
    static Result splice(const QByteArray &original, const YAML::Node &originalRoot,
                         const YAML::Node &intended, const QString &path);

    /// The sentence that says the whole of `path` is written out, and why (Result::fallbackReason).
    static QString note(const QString &path, const QString &reason);

    /// Whether `bytes` read as a kubeconfig whose tree is `intended` (compared as YamlEmitter writes them).
    static bool readsAs(const QByteArray &bytes, const YAML::Node &intended, const QString &path);
    /// Whether the file's text is JSON (its first character, after a byte-order mark and blanks, is "{").
    static bool isJson(const QByteArray &bytes);
    /// `node` as JSON in the given layout (`step` 0: on one line), keys in their order; the value
    /// kubectl reads from it is the value it reads from the YAML.
    static QByteArray toJson(const YAML::Node &node, int step, int base = 0);
};

} // namespace kubeminder
