// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"
#include "jsonpositions.h"
#include "textchecks.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace pasapas
{


/// ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$ without a regular expression.
bool isLanguageCode(QStringView code)
{
    const qsizetype dash = code.indexOf(u'-');
    const QStringView base = dash < 0 ? code : code.first(dash);
    const auto isLower = [](QChar c) {
        return c >= u'a' && c <= u'z';
    };
    if (base.size() < 2 || base.size() > 3 || !std::all_of(base.begin(), base.end(), isLower)) {
        return false;
    }
    if (dash < 0) {
        return true;
    }
    const QStringView region = code.sliced(dash + 1);
    return region.size() >= 2 && region.size() <= 8 && std::all_of(region.begin(), region.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    });
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isSpace();
    });
}


QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"un texte"_s;
    case QJsonValue::Double:
        return u"un nombre"_s;
    case QJsonValue::Bool:
        return u"vrai/faux"_s;
    case QJsonValue::Array:
        return u"une liste [ … ]"_s;
    case QJsonValue::Object:
        return u"un objet { … }"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"rien"_s;
}


static QString parseErrorMessage(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return u"objet non terminé : il manque « } » ou une virgule"_s;
    case QJsonParseError::MissingNameSeparator:
        return u"il manque « : » après le nom du champ"_s;
    case QJsonParseError::UnterminatedArray:
        return u"liste non terminée : il manque « ] » ou une virgule"_s;
    case QJsonParseError::MissingValueSeparator:
        return u"il manque une virgule entre deux éléments"_s;
    case QJsonParseError::IllegalValue:
        return u"valeur illisible (un texte s'écrit entre guillemets droits \"…\", et pas de virgule après le dernier élément)"_s;
    case QJsonParseError::TerminationByNumber:
        return u"le fichier s'arrête au milieu d'un nombre"_s;
    case QJsonParseError::IllegalNumber:
        return u"nombre mal écrit"_s;
    case QJsonParseError::IllegalEscapeSequence:
        return u"barre oblique inverse « \\ » mal utilisée dans un texte"_s;
    case QJsonParseError::IllegalUTF8String:
        return u"caractères illisibles : enregistrez le fichier en UTF-8"_s;
    case QJsonParseError::UnterminatedString:
        return u"texte non terminé : il manque le guillemet de fin"_s;
    case QJsonParseError::MissingObject:
        return u"un élément est attendu ici : une virgule est peut-être en trop avant « } » ou « ] »"_s;
    case QJsonParseError::DeepNesting:
        return u"trop de niveaux imbriqués"_s;
    case QJsonParseError::DocumentTooLarge:
        return u"fichier trop grand"_s;
    case QJsonParseError::GarbageAtEnd:
        return u"du texte en trop après la fin du guide"_s;
    case QJsonParseError::NoError:
        break;
    }
    return u"erreur de syntaxe"_s;
}

static QString brokenTextMessage()
{
    return u"JSON invalide : texte non terminé : il manque le guillemet de fin (un texte ne va pas à la ligne)"_s;
}


/// The readable name of the member a pointer designates: « title », « steps » n°2.
QString fieldName(const QString &pointer)
{
    const QStringList tokens = pointer.split(u'/', Qt::SkipEmptyParts);
    if (tokens.isEmpty()) {
        return u"le guide"_s;
    }
    bool isIndex = false;
    const int index = tokens.constLast().toInt(&isIndex);
    if (isIndex && tokens.size() >= 2) {
        return u"« %1 » n°%2"_s.arg(tokens.at(tokens.size() - 2)).arg(index + 1);
    }
    return u"« %1 »"_s.arg(tokens.constLast());
}


JsonReader::JsonReader(const QByteArray &data, const QString &filePath)
    : m_data(data)
    , m_file(filePath)
    , m_folder(QFileInfo(filePath).absolutePath())
{
}

void JsonReader::error(const QString &pointer, const QString &message, bool atKey)
{
    m_pending.append({pointer, atKey, Diagnostic::Severity::Error, message});
}

void JsonReader::warning(const QString &pointer, const QString &message, bool atKey)
{
    m_pending.append({pointer, atKey, Diagnostic::Severity::Warning, message});
}

std::optional<QJsonObject> JsonReader::parseRoot(Diagnostics &diagnostics)
{
    if (m_data.trimmed().isEmpty() || m_data == "\xEF\xBB\xBF") {
        diagnostics.append({m_file, 1, 1, QString(), Diagnostic::Severity::Error, u"le fichier est vide : un guide commence par « { »"_s});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt points just past the faulty character, except for text after the end.
        const qsizetype offset = parseError.error == QJsonParseError::GarbageAtEnd ? parseError.offset : std::max(0, parseError.offset - 1);
        if (const qsizetype broken = rawControlInString(m_data); broken >= 0 && broken <= offset) {
            const TextPosition where = JsonPositions::fromOffset(m_data, broken);
            diagnostics.append({m_file, where.line, where.column, QString(), Diagnostic::Severity::Error, brokenTextMessage()});
            return std::nullopt;
        }
        const TextPosition where = JsonPositions::fromOffset(m_data, offset);
        const QByteArray start = m_data.trimmed().startsWith("\xEF\xBB\xBF") ? m_data.trimmed().mid(3) : m_data.trimmed();
        const QString message =
            start.startsWith('{') || start.startsWith('[') ? parseErrorMessage(parseError.error) : u"le fichier doit commencer par « { »"_s;
        diagnostics.append({m_file, where.line, where.column, QString(), Diagnostic::Severity::Error, u"JSON invalide : "_s + message});
        return std::nullopt;
    }
    // Qt accepts a line break inside a text; JSON does not, and it usually
    // means a closing quote is missing.
    if (const qsizetype broken = rawControlInString(m_data); broken >= 0) {
        const TextPosition where = JsonPositions::fromOffset(m_data, broken);
        diagnostics.append({m_file, where.line, where.column, QString(), Diagnostic::Severity::Error, brokenTextMessage()});
        return std::nullopt;
    }
    if (!document.isObject()) {
        error(QString(), u"le fichier doit contenir un objet { … }, pas une liste"_s);
        diagnostics = resolvePositions();
        return std::nullopt;
    }
    // QJsonDocument keeps one of two members with the same name and says
    // nothing: the author would wonder why their change does not show.
    if (const DuplicateKey duplicate = findDuplicateKey(m_data); duplicate.offset >= 0) {
        const TextPosition where = JsonPositions::fromOffset(m_data, duplicate.offset);
        diagnostics.append({m_file,
            where.line,
            where.column,
            duplicate.pointer,
            Diagnostic::Severity::Error,
            u"champ « %1 » écrit deux fois"_s.arg(duplicate.pointer.section(u'/', -1))});
        return std::nullopt;
    }
    return document.object();
}

Diagnostics JsonReader::resolvePositions()
{
    Diagnostics diagnostics;
    if (m_pending.isEmpty()) {
        return diagnostics;
    }
    const JsonPositions positions = JsonPositions::scan(m_data);
    for (const Pending &p : std::as_const(m_pending)) {
        const TextPosition where = p.atKey ? positions.key(p.pointer) : positions.value(p.pointer);
        diagnostics.append({m_file, where.line, where.column, p.pointer, p.severity, p.message});
    }
    return diagnostics;
}

/// Reports unknown keys (with a suggestion) and missing required ones.
void JsonReader::checkKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed, const QStringList &required)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (allowed.contains(key)) {
            continue;
        }
        QString message = u"champ inconnu « %1 »"_s.arg(key);
        const QString suggestion = didYouMean(key, allowed);
        if (!suggestion.isEmpty()) {
            message += u" ; vouliez-vous dire « %1 » ?"_s.arg(suggestion);
        } else if (key.contains(u"script"_s, Qt::CaseInsensitive) || key.startsWith(u"on"_s)) {
            message += u" (un guide ne contient jamais de code)"_s;
        }
        error(pointer + u'/' + JsonPositions::escapeToken(key), message, true);
    }
    for (const QString &key : required) {
        if (!object.contains(key)) {
            error(pointer, u"champ obligatoire « %1 » manquant"_s.arg(key));
        }
    }
}

bool JsonReader::expect(const QJsonValue &value, QJsonValue::Type type, const QString &pointer, const QString &expected)
{
    if (value.type() == type) {
        return true;
    }
    error(pointer, u"%1 doit être %2, pas %3"_s.arg(fieldName(pointer), expected, jsonTypeName(value)));
    return false;
}

std::optional<QString> JsonReader::readString(const QJsonValue &value, const QString &pointer)
{
    if (!expect(value, QJsonValue::String, pointer, u"un texte entre guillemets"_s)) {
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.trimmed().isEmpty()) {
        error(pointer, u"%1 est vide"_s.arg(fieldName(pointer)));
        return std::nullopt;
    }
    return text;
}

std::optional<double> JsonReader::readNumber(const QJsonValue &value, const QString &pointer, double min, double max, bool integer)
{
    if (!expect(value, QJsonValue::Double, pointer, integer ? u"un nombre entier"_s : u"un nombre"_s)) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (integer && std::floor(number) != number) {
        error(pointer, u"%1 doit être un nombre entier, pas %2"_s.arg(fieldName(pointer), QString::number(number, 'g', 15)));
        return std::nullopt;
    }
    if (number < min || number > max) {
        error(pointer,
            u"%1 doit être entre %2 et %3, pas %4"_s.arg(
                fieldName(pointer), QString::number(min, 'g', 15), QString::number(max, 'g', 15), QString::number(number, 'g', 15)));
        return std::nullopt;
    }
    return number;
}

LocalizedText JsonReader::readText(const QJsonValue &value, const QString &pointer)
{
    LocalizedText text;
    if (!expect(value, QJsonValue::Object, pointer, u"un objet de traductions comme { \"fr\": \"…\" }"_s)) {
        return text;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString language = it.key();
        const auto child = [&] {
            return pointer + u'/' + JsonPositions::escapeToken(language);
        };
        if (!isLanguageCode(language)) {
            error(child(), u"code de langue « %1 » invalide : écrivez par exemple « fr », « en », « ar » ou « fa-AF »"_s.arg(language), true);
            continue;
        }
        const QJsonValue translation = it.value();
        if (!translation.isString()) {
            error(child(), u"la traduction « %1 » doit être un texte entre guillemets, pas %2"_s.arg(language, jsonTypeName(translation)));
            continue;
        }
        QString string = translation.toString();
        if (isBlank(string)) {
            error(child(),
                language == u"fr" ? u"le texte en français est vide : il est obligatoire"_s
                                  : u"la traduction « %1 » est vide (supprimez-la plutôt : le français sera affiché)"_s.arg(language));
            continue;
        }
        text.insert(language, std::move(string));
    }
    if (!object.contains(u"fr"_s)) {
        error(pointer, u"texte sans version française : « fr » est obligatoire"_s);
    }
    return text;
}

} // namespace pasapas
