// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace pasapas
{

struct TextPosition
{
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based, in characters (not bytes)
};

/// Where each value (and each object key) of a JSON text starts, by JSON
/// pointer. QJsonDocument keeps no positions; this small scanner finds them
/// for diagnostics only, so valid files never pay for it.
class JsonPositions
{
public:
    /// Scans a JSON text that QJsonDocument already accepted.
    static JsonPositions scan(const QByteArray &utf8);
    /// Line and column of a byte offset in a UTF-8 text.
    static TextPosition fromOffset(const QByteArray &utf8, qsizetype offset);
    /// Escapes one reference token of a JSON pointer (~ and /).
    static QString escapeToken(const QString &token);

    /// The start of the value at pointer; falls back to the nearest parent.
    [[nodiscard]] TextPosition value(const QString &pointer) const;
    /// The start of the key (its opening quote) naming the member at pointer.
    [[nodiscard]] TextPosition key(const QString &pointer) const;

private:
    [[nodiscard]] TextPosition lookup(const QHash<QString, qsizetype> &table, QString pointer) const;

    QByteArray m_data;
    QHash<QString, qsizetype> m_values;
    QHash<QString, qsizetype> m_keys;
};

/// A member named twice in one object.
struct DuplicateKey {
    qsizetype offset = -1; ///< of the second key's opening quote; -1: none
    QString pointer;
};

/// The first member named twice in one object of a JSON text QJsonDocument
/// accepted. One pass over the bytes, keys compared as written.
[[nodiscard]] DuplicateKey findDuplicateKey(const QByteArray &data);

/// Offset of the opening quote of the first JSON string holding a raw
/// control character (line break, tab…), or -1.
[[nodiscard]] qsizetype rawControlInString(const QByteArray &data);

} // namespace pasapas
