// SPDX-License-Identifier: GPL-3.0-or-later
#include "guideloader.h"
#include "categories.h"
#include "jsonpositions.h"
#include "textchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrentMap>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace pasapas
{

const QStringList &knownRoles()
{
    static const QStringList roles{u"button"_s,
        u"link"_s,
        u"textbox"_s,
        u"checkbox"_s,
        u"radio"_s,
        u"combobox"_s,
        u"listbox"_s,
        u"option"_s,
        u"tab"_s,
        u"menuitem"_s,
        u"heading"_s,
        u"searchbox"_s,
        u"switch"_s};
    return roles;
}

namespace
{

const QRegularExpression &idShape()
{
    static const QRegularExpression re(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return re;
}

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

const QRegularExpression &iconShape()
{
    static const QRegularExpression re(u"^[a-z0-9]+([-.][a-z0-9]+)*$"_s);
    return re;
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

QString parseErrorMessage(QJsonParseError::ParseError error)
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

QString brokenTextMessage()
{
    return u"JSON invalide : texte non terminé : il manque le guillemet de fin (un texte ne va pas à la ligne)"_s;
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

class GuideParser
{
public:
    GuideParser(const QByteArray &data, const QString &filePath)
        : m_data(data)
        , m_file(filePath)
        , m_folder(QFileInfo(filePath).absolutePath())
    {
    }

    GuideLoadResult run()
    {
        GuideLoadResult result;
        if (m_data.trimmed().isEmpty() || m_data == "\xEF\xBB\xBF") {
            result.diagnostics.append({m_file, 1, 1, QString(), Diagnostic::Severity::Error, u"le fichier est vide : un guide commence par « { »"_s});
            return result;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // Qt points just past the faulty character, except for text after the end.
            const qsizetype offset = parseError.error == QJsonParseError::GarbageAtEnd ? parseError.offset : std::max(0, parseError.offset - 1);
            if (const qsizetype broken = rawControlInString(m_data); broken >= 0 && broken <= offset) {
                const TextPosition where = JsonPositions::fromOffset(m_data, broken);
                result.diagnostics.append({m_file, where.line, where.column, QString(), Diagnostic::Severity::Error, brokenTextMessage()});
                return result;
            }
            const TextPosition where = JsonPositions::fromOffset(m_data, offset);
            const QByteArray start = m_data.trimmed().startsWith("\xEF\xBB\xBF") ? m_data.trimmed().mid(3) : m_data.trimmed();
            const QString message =
                start.startsWith('{') || start.startsWith('[') ? parseErrorMessage(parseError.error) : u"le fichier doit commencer par « { »"_s;
            result.diagnostics.append({m_file, where.line, where.column, QString(), Diagnostic::Severity::Error, u"JSON invalide : "_s + message});
            return result;
        }
        // Qt accepts a line break inside a text; JSON does not, and it usually
        // means a closing quote is missing.
        if (const qsizetype broken = rawControlInString(m_data); broken >= 0) {
            const TextPosition where = JsonPositions::fromOffset(m_data, broken);
            result.diagnostics.append({m_file, where.line, where.column, QString(), Diagnostic::Severity::Error, brokenTextMessage()});
            return result;
        }
        if (!document.isObject()) {
            error(QString(), u"le fichier doit contenir un objet { … }, pas une liste"_s);
            result.diagnostics = resolvePositions();
            return result;
        }
        Guide guide = readGuide(document.object());
        result.diagnostics = resolvePositions();
        if (!hasErrors(result.diagnostics)) {
            result.guide = std::move(guide);
        }
        return result;
    }

private:
    struct Pending
    {
        QString pointer;
        bool atKey;
        Diagnostic::Severity severity;
        QString message;
    };

    void error(const QString &pointer, const QString &message, bool atKey = false)
    {
        m_pending.append({pointer, atKey, Diagnostic::Severity::Error, message});
    }
    void warning(const QString &pointer, const QString &message, bool atKey = false)
    {
        m_pending.append({pointer, atKey, Diagnostic::Severity::Warning, message});
    }

    Diagnostics resolvePositions()
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
    void checkKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed, const QStringList &required)
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

    bool expect(const QJsonValue &value, QJsonValue::Type type, const QString &pointer, const QString &expected)
    {
        if (value.type() == type) {
            return true;
        }
        error(pointer, u"%1 doit être %2, pas %3"_s.arg(fieldName(pointer), expected, jsonTypeName(value)));
        return false;
    }

    std::optional<QString> readString(const QJsonValue &value, const QString &pointer)
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

    std::optional<double> readNumber(const QJsonValue &value, const QString &pointer, double min, double max, bool integer)
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

    QString readId(const QJsonValue &value, const QString &pointer)
    {
        const auto id = readString(value, pointer);
        if (!id) {
            return {};
        }
        if (!idShape().match(*id).hasMatch()) {
            error(pointer,
                u"identifiant « %1 » invalide : lettres minuscules sans accent, chiffres et tirets seulement (par exemple « caf-prime-activite »)"_s.arg(*id));
            return {};
        }
        return *id;
    }

    LocalizedText readText(const QJsonValue &value, const QString &pointer)
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

    /// One address pattern, or a list of them (a step that applies on several sites).
    AddressPattern readPattern(const QJsonValue &value, const QString &pointer)
    {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (array.isEmpty()) {
                error(pointer, u"%1 est une liste vide : donnez au moins une adresse"_s.arg(fieldName(pointer)));
                return {};
            }
            QList<AddressPattern> patterns;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const AddressPattern one = readPattern(array.at(i), pointer + u'/' + QString::number(i));
                if (!one.isValid()) {
                    return {};
                }
                patterns.append(one);
            }
            return AddressPattern::anyOf(patterns);
        }
        const auto text = readString(value, pointer);
        if (!text) {
            return {};
        }
        QString reason;
        const AddressPattern pattern = AddressPattern::parse(*text, &reason);
        if (!pattern.isValid()) {
            error(pointer, u"adresse « %1 » invalide : %2"_s.arg(*text, reason));
        }
        return pattern;
    }

    QString readPictogram(const QJsonValue &value, const QString &pointer)
    {
        const auto name = readString(value, pointer);
        if (!name) {
            return {};
        }
        if (name->endsWith(u".svg"_s) || name->endsWith(u".png"_s)) {
            if (name->contains(u'/') || name->contains(u'\\')) {
                error(pointer, u"pictogramme « %1 » : donnez seulement le nom d'un fichier du dossier du guide"_s.arg(*name));
                return {};
            }
            const QString path = m_folder + u'/' + *name;
            if (!QFile::exists(path)) {
                error(pointer, u"pictogramme « %1 » introuvable dans le dossier du guide"_s.arg(*name));
                return {};
            }
            return path;
        }
        if (!iconShape().match(*name).hasMatch()) {
            error(pointer, u"pictogramme « %1 » invalide : nom d'icône (comme « contact-new ») ou fichier .svg/.png du dossier du guide"_s.arg(*name));
            return {};
        }
        return *name;
    }

    std::optional<Locator> readLocator(const QJsonValue &value, const QString &pointer)
    {
        if (!expect(value, QJsonValue::Object, pointer, u"un objet comme { \"text\": \"Valider\" }"_s)) {
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        static const QStringList locatorKeys{u"css"_s, u"text"_s, u"role"_s, u"name"_s, u"label"_s};
        checkKeys(object, pointer, locatorKeys, {});
        QStringList kinds;
        for (const QString &kind : {u"css"_s, u"text"_s, u"role"_s, u"label"_s}) {
            if (object.contains(kind)) {
                kinds.append(kind);
            }
        }
        if (kinds.size() != 1) {
            error(pointer,
                kinds.isEmpty() ? u"une cible doit dire comment trouver l'élément : « css », « text », « role » ou « label »"_s
                                : u"une cible ne prend qu'une seule façon de trouver l'élément, pas %1 : faites plusieurs cibles"_s.arg(kinds.join(u" et "_s)));
            return std::nullopt;
        }
        const QString kind = kinds.constFirst();
        const QString child = pointer + u'/' + kind;
        const auto text = readString(object.value(kind), child);
        if (!text) {
            return std::nullopt;
        }
        Locator locator;
        locator.value = *text;
        if (object.contains(u"name"_s) && kind != u"role") {
            error(pointer + u"/name"_s, u"« name » ne sert qu'avec « role »"_s, true);
        }
        if (kind == u"css") {
            locator.kind = Locator::Kind::Css;
            const QString problem = cssSelectorProblem(*text);
            if (!problem.isEmpty()) {
                error(child, u"sélecteur CSS « %1 » invalide : %2"_s.arg(*text, problem));
                return std::nullopt;
            }
        } else if (kind == u"text") {
            locator.kind = Locator::Kind::Text;
        } else if (kind == u"label") {
            locator.kind = Locator::Kind::Label;
        } else {
            locator.kind = Locator::Kind::Role;
            if (!knownRoles().contains(*text)) {
                QString message = u"rôle « %1 » inconnu"_s.arg(*text);
                const QString suggestion = didYouMean(*text, knownRoles());
                message +=
                    suggestion.isEmpty() ? u" ; rôles possibles : %1"_s.arg(knownRoles().join(u", "_s)) : u" ; vouliez-vous dire « %1 » ?"_s.arg(suggestion);
                error(child, message);
                return std::nullopt;
            }
            if (object.contains(u"name"_s)) {
                if (const auto name = readString(object.value(u"name"_s), pointer + u"/name"_s)) {
                    locator.name = *name;
                }
            }
        }
        return locator;
    }

    QList<Locator> readLocators(const QJsonValue &value, const QString &pointer)
    {
        QList<Locator> locators;
        if (!expect(value, QJsonValue::Array, pointer, u"une liste de cibles [ { … }, … ]"_s)) {
            return locators;
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            error(pointer, u"%1 est une liste vide : donnez au moins une façon de trouver l'élément"_s.arg(fieldName(pointer)));
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto locator = readLocator(array.at(i), pointer + u'/' + QString::number(i))) {
                locators.append(*locator);
            }
        }
        return locators;
    }

    Completion readCompletion(const QJsonValue &value, const QString &pointer)
    {
        Completion completion;
        if (!expect(value, QJsonValue::Object, pointer, u"un objet comme { \"on\": \"tap\" }"_s)) {
            return completion;
        }
        const QJsonObject object = value.toObject();
        static const QStringList completionKeys{u"on"_s, u"address"_s, u"target"_s};
        static const QStringList completionRequired{u"on"_s};
        checkKeys(object, pointer, completionKeys, completionRequired);
        if (!object.contains(u"on"_s)) {
            return completion;
        }
        const auto on = readString(object.value(u"on"_s), pointer + u"/on"_s);
        if (!on) {
            return completion;
        }
        const QStringList &kinds = completionKindNames();
        const qsizetype index = kinds.indexOf(*on);
        if (index < 0) {
            QString message = u"« on » doit valoir tap, fill, address, appears ou done, pas « %1 »"_s.arg(*on);
            const QString suggestion = didYouMean(*on, kinds);
            if (!suggestion.isEmpty()) {
                message += u" ; vouliez-vous dire « %1 » ?"_s.arg(suggestion);
            }
            error(pointer + u"/on"_s, message);
            return completion;
        }
        completion.kind = static_cast<Completion::Kind>(index);
        const bool wantsAddress = completion.kind == Completion::Kind::Address;
        const bool wantsTarget = completion.kind == Completion::Kind::Appears;
        if (object.contains(u"address"_s) && !wantsAddress) {
            error(pointer + u"/address"_s, u"« address » ne sert qu'avec « on »: « address »"_s, true);
        }
        if (object.contains(u"target"_s) && !wantsTarget) {
            error(pointer + u"/target"_s, u"« target » ne sert ici qu'avec « on »: « appears » (la cible de l'étape se met à côté de « complete »)"_s, true);
        }
        if (wantsAddress) {
            if (object.contains(u"address"_s)) {
                completion.address = readPattern(object.value(u"address"_s), pointer + u"/address"_s);
            } else {
                error(pointer, u"cette étape ne peut jamais se terminer : « on »: « address » demande l'adresse à atteindre dans « address »"_s);
            }
        }
        if (wantsTarget) {
            if (object.contains(u"target"_s)) {
                completion.target = readLocators(object.value(u"target"_s), pointer + u"/target"_s);
            } else {
                error(pointer, u"cette étape ne peut jamais se terminer : « on »: « appears » demande l'élément attendu dans « target »"_s);
            }
        }
        return completion;
    }

    SkipCondition readSkip(const QJsonValue &value, const QString &pointer)
    {
        SkipCondition skip;
        if (!expect(value, QJsonValue::Object, pointer, u"un objet comme { \"address\": \"…\" }"_s)) {
            return skip;
        }
        const QJsonObject object = value.toObject();
        static const QStringList skipKeys{u"present"_s, u"address"_s};
        checkKeys(object, pointer, skipKeys, {});
        if (object.contains(u"present"_s)) {
            skip.present = readLocators(object.value(u"present"_s), pointer + u"/present"_s);
        }
        if (object.contains(u"address"_s)) {
            skip.address = readPattern(object.value(u"address"_s), pointer + u"/address"_s);
        }
        if (object.isEmpty()) {
            error(pointer, u"« skipIf » est vide : donnez « present » ou « address »"_s);
        }
        return skip;
    }

    /// Every site of a pattern (several for a list) is allowed.
    bool reachable(const AddressPattern &pattern, const QList<HostPattern> &hosts) const
    {
        const QStringList parts = pattern.hostParts();
        return std::all_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
            return std::any_of(hosts.cbegin(), hosts.cend(), [&](const HostPattern &host) {
                return host.covers(part);
            });
        });
    }

    Step readStep(const QJsonValue &value, const QString &pointer, const QList<HostPattern> &hosts)
    {
        Step step;
        if (!expect(value, QJsonValue::Object, pointer, u"un objet { … }"_s)) {
            return step;
        }
        const QJsonObject o = value.toObject();
        static const QStringList stepKeys{u"id"_s,
            u"instruction"_s,
            u"frenchWords"_s,
            u"target"_s,
            u"frame"_s,
            u"page"_s,
            u"complete"_s,
            u"wait"_s,
            u"sensitive"_s,
            u"mediatorNote"_s,
            u"skipIf"_s,
            u"pictogram"_s};
        static const QStringList stepRequired{u"id"_s, u"instruction"_s, u"complete"_s};
        checkKeys(o, pointer, stepKeys, stepRequired);
        const auto has = [&o](const QString &key) {
            return o.contains(key);
        };
        if (has(u"id"_s)) {
            step.id = readId(o.value(u"id"_s), pointer + u"/id"_s);
        }
        if (has(u"instruction"_s)) {
            step.instruction = readText(o.value(u"instruction"_s), pointer + u"/instruction"_s);
        }
        if (has(u"frenchWords"_s)) {
            step.frenchWords = readString(o.value(u"frenchWords"_s), pointer + u"/frenchWords"_s).value_or(QString());
        }
        if (has(u"target"_s)) {
            step.target = readLocators(o.value(u"target"_s), pointer + u"/target"_s);
        }
        if (has(u"frame"_s)) {
            if (const auto frame = readString(o.value(u"frame"_s), pointer + u"/frame"_s)) {
                const QString problem = cssSelectorProblem(*frame);
                if (problem.isEmpty()) {
                    step.frame = *frame;
                } else {
                    error(pointer + u"/frame"_s, u"sélecteur CSS « %1 » invalide : %2"_s.arg(*frame, problem));
                }
            }
        }
        if (has(u"page"_s)) {
            step.page = readPattern(o.value(u"page"_s), pointer + u"/page"_s);
            if (step.page.isValid() && !hosts.isEmpty() && !reachable(step.page, hosts)) {
                error(pointer + u"/page"_s, u"le site de « %1 » n'est pas dans « allowedHosts » : cette page ne s'ouvrira jamais"_s.arg(step.page.pattern()));
            }
        }
        if (has(u"wait"_s)) {
            if (const auto seconds = readNumber(o.value(u"wait"_s), pointer + u"/wait"_s, 0.5, 120, false)) {
                step.waitMs = int(*seconds * 1000);
            }
        }
        if (has(u"sensitive"_s) && expect(o.value(u"sensitive"_s), QJsonValue::Bool, pointer + u"/sensitive"_s, u"true ou false"_s)) {
            step.sensitive = o.value(u"sensitive"_s).toBool();
        }
        if (has(u"mediatorNote"_s)) {
            step.mediatorNote = readText(o.value(u"mediatorNote"_s), pointer + u"/mediatorNote"_s);
        }
        if (has(u"skipIf"_s)) {
            step.skipIf = readSkip(o.value(u"skipIf"_s), pointer + u"/skipIf"_s);
        }
        if (has(u"pictogram"_s)) {
            step.pictogram = readPictogram(o.value(u"pictogram"_s), pointer + u"/pictogram"_s);
        }
        if (has(u"complete"_s)) {
            step.completion = readCompletion(o.value(u"complete"_s), pointer + u"/complete"_s);
            checkCompletable(step, o, pointer, hosts);
        }
        return step;
    }

    /// "A step that can never complete".
    void checkCompletable(const Step &step, const QJsonObject &o, const QString &pointer, const QList<HostPattern> &hosts)
    {
        const QString on = pointer + u"/complete/on"_s;
        const auto kind = step.completion.kind;
        if ((kind == Completion::Kind::Tap || kind == Completion::Kind::Fill) && !o.contains(u"target"_s)) {
            error(on,
                u"cette étape ne peut jamais se terminer : « %1 » demande une cible (« target ») à côté de « complete »"_s.arg(
                    kind == Completion::Kind::Tap ? u"tap"_s : u"fill"_s));
        }
        if (kind == Completion::Kind::Fill && !step.target.isEmpty()) {
            static const QStringList notFields{u"button"_s, u"link"_s, u"heading"_s, u"tab"_s, u"menuitem"_s, u"option"_s};
            const bool noField = std::all_of(step.target.cbegin(), step.target.cend(), [](const Locator &l) {
                return l.kind == Locator::Kind::Role && notFields.contains(l.value);
            });
            if (noField) {
                error(on,
                    u"cette étape ne peut jamais se terminer : « fill » attend un champ à remplir, mais la cible est un « %1 »"_s.arg(
                        step.target.first().value));
            }
        }
        if (kind == Completion::Kind::Address && step.completion.address.isValid() && !hosts.isEmpty() && !reachable(step.completion.address, hosts)) {
            error(pointer + u"/complete/address"_s,
                u"cette étape ne peut jamais se terminer : le site de « %1 » n'est pas dans « allowedHosts »"_s.arg(step.completion.address.pattern()));
        }
        if (step.skipIf.address.isValid() && step.page.isValid() && step.skipIf.address.pattern() == step.page.pattern()) {
            warning(pointer + u"/skipIf/address"_s, u"cette étape sera toujours sautée : « skipIf » a la même adresse que « page »"_s);
        }
    }

    /// "sources": [{"url": "https://…", "title": "…", "read": "2026-12-01"}, …]
    QList<GuideSource> readSources(const QJsonValue &value)
    {
        QList<GuideSource> sources;
        if (!expect(value, QJsonValue::Array, u"/sources"_s, u"une liste [ { \"url\": …, \"read\": … }, … ]"_s)) {
            return sources;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString pointer = u"/sources/"_s + QString::number(i);
            if (!expect(array.at(i), QJsonValue::Object, pointer, u"un objet { \"url\": …, \"read\": … }"_s)) {
                continue;
            }
            const QJsonObject s = array.at(i).toObject();
            static const QStringList sourceKeys{u"url"_s, u"title"_s, u"read"_s};
            static const QStringList sourceRequired{u"url"_s, u"read"_s};
            checkKeys(s, pointer, sourceKeys, sourceRequired);
            GuideSource source;
            if (const auto url = s.contains(u"url"_s) ? readString(s.value(u"url"_s), pointer + u"/url"_s) : std::nullopt) {
                const QUrl parsed(*url, QUrl::StrictMode);
                if (!parsed.isValid() || parsed.scheme() != u"https" || parsed.host().isEmpty()) {
                    error(pointer + u"/url"_s, u"source « %1 » invalide : écrivez l'adresse complète, qui commence par « https:// »"_s.arg(*url));
                } else {
                    source.url = parsed;
                }
            }
            if (s.contains(u"title"_s)) {
                source.title = readString(s.value(u"title"_s), pointer + u"/title"_s).value_or(QString());
            }
            if (const auto read = s.contains(u"read"_s) ? readString(s.value(u"read"_s), pointer + u"/read"_s) : std::nullopt) {
                source.read = QDate::fromString(*read, Qt::ISODate);
                if (!source.read.isValid() || read->size() != 10) {
                    error(pointer + u"/read"_s, u"date de lecture « %1 » invalide : écrivez-la comme « 2026-12-01 » (année-mois-jour)"_s.arg(*read));
                }
            }
            sources.append(source);
        }
        return sources;
    }

    Guide readGuide(const QJsonObject &o)
    {
        Guide guide;
        guide.filePath = m_file;
        guide.folder = m_folder;
        static const QStringList guideKeys{u"$schema"_s,
            u"id"_s,
            u"version"_s,
            u"category"_s,
            u"title"_s,
            u"summary"_s,
            u"minutes"_s,
            u"start"_s,
            u"allowedHosts"_s,
            u"pictogram"_s,
            u"documents"_s,
            u"mediatorNotes"_s,
            u"keywords"_s,
            u"sources"_s,
            u"steps"_s};
        static const QStringList guideRequired{
            u"id"_s, u"version"_s, u"category"_s, u"title"_s, u"summary"_s, u"minutes"_s, u"start"_s, u"allowedHosts"_s, u"steps"_s};
        checkKeys(o, QString(), guideKeys, guideRequired);
        const auto has = [&o](const QString &key) {
            return o.contains(key);
        };
        if (has(u"id"_s)) {
            guide.id = readId(o.value(u"id"_s), u"/id"_s);
            const QFileInfo info(m_file);
            if (!guide.id.isEmpty() && info.fileName() == u"guide.json" && info.dir().dirName() != guide.id) {
                warning(u"/id"_s, u"le dossier « %1 » devrait porter le nom du guide « %2 »"_s.arg(info.dir().dirName(), guide.id));
            }
        }
        if (has(u"version"_s)) {
            guide.version = int(readNumber(o.value(u"version"_s), u"/version"_s, 1, 1000000, true).value_or(1));
        }
        if (has(u"category"_s)) {
            if (const auto category = readString(o.value(u"category"_s), u"/category"_s)) {
                if (findCategory(*category)) {
                    guide.category = *category;
                } else {
                    QStringList ids;
                    for (const Category &c : categories()) {
                        ids.append(c.id);
                    }
                    const QString suggestion = didYouMean(*category, ids);
                    error(u"/category"_s,
                        suggestion.isEmpty() ? u"catégorie « %1 » inconnue ; choisissez parmi : %2"_s.arg(*category, ids.join(u", "_s))
                                             : u"catégorie « %1 » inconnue ; vouliez-vous dire « %2 » ?"_s.arg(*category, suggestion));
                }
            }
        }
        if (has(u"title"_s)) {
            guide.title = readText(o.value(u"title"_s), u"/title"_s);
        }
        if (has(u"summary"_s)) {
            guide.summary = readText(o.value(u"summary"_s), u"/summary"_s);
        }
        if (has(u"minutes"_s)) {
            guide.minutes = int(readNumber(o.value(u"minutes"_s), u"/minutes"_s, 1, 600, true).value_or(0));
        }
        if (has(u"allowedHosts"_s) &&
            expect(o.value(u"allowedHosts"_s), QJsonValue::Array, u"/allowedHosts"_s, u"une liste de sites [ \"www.caf.fr\", … ]"_s)) {
            const QJsonArray hosts = o.value(u"allowedHosts"_s).toArray();
            if (hosts.isEmpty()) {
                error(u"/allowedHosts"_s, u"« allowedHosts » est vide : donnez au moins le site de départ"_s);
            }
            for (qsizetype i = 0; i < hosts.size(); ++i) {
                const QString pointer = u"/allowedHosts/"_s + QString::number(i);
                if (const auto text = readString(hosts.at(i), pointer)) {
                    QString reason;
                    const HostPattern host = HostPattern::parse(*text, &reason);
                    if (host.isValid()) {
                        guide.allowedHosts.append(host);
                    } else {
                        error(pointer, u"site « %1 » invalide : %2"_s.arg(*text, reason));
                    }
                }
            }
        }
        if (has(u"start"_s)) {
            if (const auto start = readString(o.value(u"start"_s), u"/start"_s)) {
                const QUrl url(*start, QUrl::StrictMode);
                if (start->startsWith(u"javascript:"_s, Qt::CaseInsensitive)) {
                    error(u"/start"_s, u"les adresses javascript: sont interdites (un guide ne contient jamais de code)"_s);
                } else if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
                    error(u"/start"_s, u"adresse de départ « %1 » invalide : écrivez l'adresse complète, comme « https://www.caf.fr/ »"_s.arg(*start));
                } else {
                    guide.start = url;
                    if (!guide.allowedHosts.isEmpty() && !hostAllowed(guide.allowedHosts, url)) {
                        error(u"/start"_s, u"l'adresse de départ « %1 » n'est pas sur un site de « allowedHosts »"_s.arg(*start));
                    }
                }
            }
        }
        if (has(u"pictogram"_s)) {
            guide.pictogram = readPictogram(o.value(u"pictogram"_s), u"/pictogram"_s);
        }
        if (has(u"documents"_s) && expect(o.value(u"documents"_s), QJsonValue::Array, u"/documents"_s, u"une liste [ { \"text\": … }, … ]"_s)) {
            const QJsonArray documents = o.value(u"documents"_s).toArray();
            for (qsizetype i = 0; i < documents.size(); ++i) {
                const QString pointer = u"/documents/"_s + QString::number(i);
                if (!expect(documents.at(i), QJsonValue::Object, pointer, u"un objet { \"text\": … }"_s)) {
                    continue;
                }
                const QJsonObject d = documents.at(i).toObject();
                static const QStringList documentKeys{u"text"_s, u"pictogram"_s};
                static const QStringList documentRequired{u"text"_s};
                checkKeys(d, pointer, documentKeys, documentRequired);
                GuideDocument document;
                if (d.contains(u"text"_s)) {
                    document.text = readText(d.value(u"text"_s), pointer + u"/text"_s);
                }
                if (d.contains(u"pictogram"_s)) {
                    document.pictogram = readPictogram(d.value(u"pictogram"_s), pointer + u"/pictogram"_s);
                }
                guide.documents.append(document);
            }
        }
        if (has(u"mediatorNotes"_s)) {
            guide.mediatorNotes = readText(o.value(u"mediatorNotes"_s), u"/mediatorNotes"_s);
        }
        if (has(u"keywords"_s)) {
            guide.keywords = readText(o.value(u"keywords"_s), u"/keywords"_s);
        }
        if (has(u"sources"_s)) {
            guide.sources = readSources(o.value(u"sources"_s));
        }
        if (has(u"steps"_s) && expect(o.value(u"steps"_s), QJsonValue::Array, u"/steps"_s, u"une liste d'étapes [ { … }, … ]"_s)) {
            const QJsonArray steps = o.value(u"steps"_s).toArray();
            if (steps.isEmpty()) {
                error(u"/steps"_s, u"le guide n'a aucune étape"_s);
            }
            QHash<QString, qsizetype> seen;
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const QString pointer = u"/steps/"_s + QString::number(i);
                Step step = readStep(steps.at(i), pointer, guide.allowedHosts);
                if (!step.id.isEmpty()) {
                    const auto previous = seen.constFind(step.id);
                    if (previous != seen.cend()) {
                        error(pointer + u"/id"_s,
                            u"l'identifiant d'étape « %1 » est déjà pris par l'étape n°%2 (/steps/%3)"_s.arg(step.id)
                                .arg(previous.value() + 1)
                                .arg(previous.value()));
                    } else {
                        seen.insert(step.id, i);
                    }
                }
                guide.steps.append(std::move(step));
            }
        }
        return guide;
    }

    const QByteArray &m_data;
    QString m_file;
    QString m_folder;
    QList<Pending> m_pending;
};

} // namespace

GuideLoadResult parseGuide(const QByteArray &data, const QString &filePath)
{
    return GuideParser(data, filePath).run();
}

GuideLoadResult loadGuideFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        GuideLoadResult result;
        result.diagnostics.append({filePath, 0, 0, QString(), Diagnostic::Severity::Error, u"impossible de lire le fichier : %1"_s.arg(file.errorString())});
        return result;
    }
    return parseGuide(file.readAll(), filePath);
}

GuideFolderResult loadGuideFolder(const QString &dir)
{
    GuideFolderResult result;
    const QDir folder(dir);
    if (!folder.exists()) {
        result.diagnostics.append({dir, 0, 0, QString(), Diagnostic::Severity::Error, u"dossier de guides introuvable"_s});
        return result;
    }
    QHash<QString, QString> seen; // id → file
    QStringList paths;
    const QStringList subfolders = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : subfolders) {
        const QString path = folder.filePath(name + u"/guide.json"_s);
        if (QFile::exists(path)) {
            paths.append(path);
        }
    }
    // Guides are independent: read and check them on every core, then merge in folder order.
    const QList<GuideLoadResult> results = QtConcurrent::blockingMapped(paths, [](const QString &path) {
        return loadGuideFile(path);
    });
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        GuideLoadResult loaded = results.at(i);
        result.diagnostics.append(loaded.diagnostics);
        if (!loaded.guide) {
            continue;
        }
        const auto previous = seen.constFind(loaded.guide->id);
        if (previous != seen.cend()) {
            QFile file(path);
            TextPosition where{1, 1};
            if (file.open(QIODevice::ReadOnly)) {
                where = JsonPositions::scan(file.readAll()).value(u"/id"_s);
            }
            result.diagnostics.append({path,
                where.line,
                where.column,
                u"/id"_s,
                Diagnostic::Severity::Error,
                u"l'identifiant de guide « %1 » est déjà pris par %2"_s.arg(loaded.guide->id, previous.value())});
            continue;
        }
        seen.insert(loaded.guide->id, path);
        result.guides.append(std::move(*loaded.guide));
    }
    return result;
}

} // namespace pasapas
