// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpositions.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <vector>

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

/// The first member named twice in one object of a JSON text QJsonDocument
/// accepted. One pass over the bytes, keys compared as written.
DuplicateKey findDuplicateKey(const QByteArray &data)
{
    // Every guide pays for this pass: no allocation per object, one list of
    // keys for all open objects.
    struct Frame {
        qsizetype firstKey; ///< into keys
        QByteArrayView current;
        int index;
        bool object;
        bool expectKey;
    };
    std::vector<QByteArrayView> keys;
    keys.reserve(64);
    std::vector<Frame> stack;
    stack.reserve(16);
    const char *const begin = data.constData();
    const char *const end = begin + data.size();
    for (const char *p = begin; p < end; ++p) {
        const char c = *p;
        if (c == '{' || c == '[') {
            stack.push_back({qsizetype(keys.size()), {}, 0, c == '{', c == '{'});
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            keys.resize(size_t(stack.back().firstKey));
            stack.pop_back();
        } else if (c == ',' && !stack.empty()) {
            Frame &top = stack.back();
            top.object ? void(top.expectKey = true) : void(++top.index);
        } else if (c == '"') {
            // The closing quote: the next one not escaped (memchr runs far faster than a loop).
            const char *const start = p;
            for (;;) {
                p = static_cast<const char *>(std::memchr(p + 1, '"', size_t(end - p - 1)));
                if (!p) {
                    return {};
                }
                const char *back = p;
                while (back > start + 1 && back[-1] == '\\') {
                    --back;
                }
                if ((p - back) % 2 == 0) {
                    break;
                }
            }
            if (stack.empty() || !stack.back().object || !stack.back().expectKey) {
                continue; // a value
            }
            Frame &top = stack.back();
            const QByteArrayView key(start + 1, p - start - 1);
            top.expectKey = false;
            if (std::find(keys.cbegin() + top.firstKey, keys.cend(), key) != keys.cend()) {
                DuplicateKey duplicate{start - begin, {}};
                for (const Frame &frame : stack) {
                    duplicate.pointer += u'/'
                        + (&frame == &top        ? JsonPositions::escapeToken(QString::fromUtf8(key))
                               : frame.object ? JsonPositions::escapeToken(QString::fromUtf8(frame.current))
                                              : QString::number(frame.index));
                }
                return duplicate;
            }
            keys.push_back(key);
            top.current = key;
        }
    }
    return {};
}

/// Offset of the opening quote of the first JSON string holding a raw
/// control character (line break, tab…), or -1.
qsizetype rawControlInString(const QByteArray &data)
{
    const char *const begin = data.constData();
    const char *const end = begin + data.size();
    const char *p = begin;
    while (const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)))) {
        p = quote + 1; // in the string
        while (p < end && *p != '"') {
            if (*p == '\\') {
                p += 2;
                continue;
            }
            if (static_cast<unsigned char>(*p) < 0x20) {
                return quote - begin;
            }
            ++p;
        }
        if (p >= end) {
            return -1;
        }
        ++p; // past the closing quote
    }
    return -1;
}

} // namespace pasapas
