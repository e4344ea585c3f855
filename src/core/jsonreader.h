// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pasapas
{

/// Reads a JSON file a person wrote (a guide; later a recorded guide or a
/// pack manifest) and says what is wrong where: file, line, column, JSON
/// pointer and a French sentence. Readers of a format derive from it and
/// report through error() and warning(); positions are worked out once, at
/// the end, and only when something is wrong.
class JsonReader
{
public:
    JsonReader(const QByteArray &data, const QString &filePath);

    /// The top-level object; nothing when the file is empty, is not JSON
    /// or holds no object, with the reason and its place in `diagnostics`.
    [[nodiscard]] std::optional<QJsonObject> parseRoot(Diagnostics &diagnostics);
    /// Every error and warning reported so far, with its line and column.
    [[nodiscard]] Diagnostics resolvePositions();

    void error(const QString &pointer, const QString &message, bool atKey = false);
    void warning(const QString &pointer, const QString &message, bool atKey = false);

    /// Reports unknown keys (with a suggestion) and missing required ones.
    void checkKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed, const QStringList &required);
    /// True when the value has this type, else reports "« x » doit être …".
    bool expect(const QJsonValue &value, QJsonValue::Type type, const QString &pointer, const QString &expected);
    std::optional<QString> readString(const QJsonValue &value, const QString &pointer);
    std::optional<double> readNumber(const QJsonValue &value, const QString &pointer, double min, double max, bool integer);
    /// A translated text: { "fr": "…", "ar": "…" }, French required.
    LocalizedText readText(const QJsonValue &value, const QString &pointer);

protected:
    struct Pending {
        QString pointer;
        bool atKey;
        Diagnostic::Severity severity;
        QString message;
    };
    const QByteArray &m_data;
    QString m_file;
    QString m_folder; ///< the file's folder, absolute
    QList<Pending> m_pending;
};

/// The readable name of the member a pointer designates: « title », « steps » n°2.
[[nodiscard]] QString fieldName(const QString &pointer);
/// "un texte", "un nombre", "une liste [ … ]"…
[[nodiscard]] QString jsonTypeName(const QJsonValue &value);
/// ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$
[[nodiscard]] bool isLanguageCode(QStringView code);
[[nodiscard]] bool isBlank(QStringView text);

} // namespace pasapas
