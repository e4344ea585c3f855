// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpositions.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{

class Scanner
{
public:
    Scanner(const QByteArray &data, QHash<QString, qsizetype> &values, QHash<QString, qsizetype> &keys)
        : m_data(data)
        , m_values(values)
        , m_keys(keys)
    {
    }

    void run()
    {
        if (m_data.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3; // UTF-8 byte order mark
        }
        skipSpace();
        value(QString(), 0);
    }

private:
    void skipSpace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            ++m_pos;
        }
    }

    QString string()
    {
        // m_pos is on the opening quote
        ++m_pos;
        QByteArray raw;
        while (m_pos < m_data.size() && m_data.at(m_pos) != '"') {
            if (m_data.at(m_pos) == '\\' && m_pos + 1 < m_data.size()) {
                raw.append(m_data.at(m_pos));
                ++m_pos;
            }
            raw.append(m_data.at(m_pos));
            ++m_pos;
        }
        ++m_pos; // closing quote
        if (!raw.contains('\\')) {
            return QString::fromUtf8(raw);
        }
        // Rare in keys: let Qt decode the escapes.
        const QJsonDocument doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
        return doc.array().at(0).toString();
    }

    void value(const QString &pointer, int depth)
    {
        if (depth > 256) {
            m_pos = m_data.size(); // too deep to be a guide: stop here (positions fall back to a parent)
            return;
        }
        if (m_pos >= m_data.size()) {
            return;
        }
        m_values.insert(pointer, m_pos);
        const char c = m_data.at(m_pos);
        if (c == '{') {
            ++m_pos;
            skipSpace();
            while (m_pos < m_data.size() && m_data.at(m_pos) != '}') {
                const qsizetype keyStart = m_pos;
                const QString name = string();
                const QString child = pointer + u'/' + JsonPositions::escapeToken(name);
                m_keys.insert(child, keyStart);
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
                value(child, depth + 1);
                skipSpace();
                if (m_pos < m_data.size() && m_data.at(m_pos) == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            int index = 0;
            while (m_pos < m_data.size() && m_data.at(m_pos) != ']') {
                value(pointer + u'/' + QString::number(index++), depth + 1);
                skipSpace();
                if (m_pos < m_data.size() && m_data.at(m_pos) == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_data.size()) {
                const char d = m_data.at(m_pos);
                if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t') {
                    break;
                }
                ++m_pos;
            }
        }
    }

    const QByteArray &m_data;
    QHash<QString, qsizetype> &m_values;
    QHash<QString, qsizetype> &m_keys;
    qsizetype m_pos = 0;
};

} // namespace

JsonPositions JsonPositions::scan(const QByteArray &utf8)
{
    JsonPositions positions;
    positions.m_data = utf8;
    Scanner(positions.m_data, positions.m_values, positions.m_keys).run();
    return positions;
}

TextPosition JsonPositions::fromOffset(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    TextPosition position{1, 1};
    const qsizetype start = utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0; // the byte order mark is no character
    for (qsizetype i = start; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++position.column;
        }
    }
    return position;
}

QString JsonPositions::escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', u"~0"_s);
    escaped.replace(u'/', u"~1"_s);
    return escaped;
}

TextPosition JsonPositions::value(const QString &pointer) const
{
    return lookup(m_values, pointer);
}

TextPosition JsonPositions::key(const QString &pointer) const
{
    if (m_keys.contains(pointer)) {
        return fromOffset(m_data, m_keys.value(pointer));
    }
    return lookup(m_values, pointer);
}

TextPosition JsonPositions::lookup(const QHash<QString, qsizetype> &table, QString pointer) const
{
    while (true) {
        const auto it = table.constFind(pointer);
        if (it != table.cend()) {
            return fromOffset(m_data, it.value());
        }
        if (pointer.isEmpty()) {
            return {1, 1};
        }
        pointer.truncate(pointer.lastIndexOf(u'/'));
    }
}

} // namespace pasapas
