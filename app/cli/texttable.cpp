#include "texttable.h"

#include <algorithm>

namespace kubeminder {

namespace {

// East Asian Wide and Fullwidth ranges (Unicode 15 EastAsianWidth W/F), the ones a kubeconfig
// name or a translated message can hold: Hangul, CJK, kana, fullwidth forms, emoji.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
           (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isZeroWidth(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
           category == QChar::Other_Format || (c >= 0x1160 && c <= 0x11FF); // Hangul medial jamo
}

} // namespace

TextTable::TextTable(QString separator)
    : m_separator(std::move(separator))
{}

void TextTable::addRow(const QStringList &cells, const QStringList &colors)
{
    m_rows.append({cells, colors});
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isZeroWidth(c) ? 0 : isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const Row &row : m_rows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], displayWidth(row.cells[i]));
        }
    }
    QString text;
    for (const Row &row : m_rows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const QString &cell = row.cells[i];
            const QString color = row.colors.value(i);
            text += color.isEmpty() ? cell : QStringLiteral("\x1b[%1m%2\x1b[0m").arg(color, cell);
            if (i + 1 < row.cells.size())
                text += QString(widths[i] - displayWidth(cell), QLatin1Char(' ')) + m_separator;
        }
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace kubeminder
