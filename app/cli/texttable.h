#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kubeminder {

/// Left-aligned columns for a terminal, the last one unpadded. Widths count terminal cells, not
/// UTF-16 units: a Hangul syllable or a CJK ideograph takes two cells, a combining mark none, a
/// character outside the BMP one (two UTF-16 units). So a Korean header lines up with its values.
class TextTable
{
public:
    explicit TextTable(QString separator = QStringLiteral("  "));

    /// `colors`: an ANSI SGR code per cell ("31" red), empty for none; the padding stays uncoloured.
    void addRow(const QStringList &cells, const QStringList &colors = {});
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

    /// The number of terminal cells `text` takes (wcwidth's rules for the ranges that matter here).
    static int displayWidth(const QString &text);

private:
    struct Row
    {
        QStringList cells;
        QStringList colors;
    };
    QString m_separator;
    QList<Row> m_rows;
};

} // namespace kubeminder
