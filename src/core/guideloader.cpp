// SPDX-License-Identifier: GPL-3.0-or-later
#include "guideloader.h"
#include "categories.h"
#include "guideparser_p.h"
#include "jsonpositions.h"
#include "textchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

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
        u"switch"_s,
        u"radiogroup"_s,
        u"group"_s};
    return roles;
}

namespace
{
const QHash<QString, FormatObject> &formatObjects()
{
    static const QHash<QString, FormatObject> objects{
        {u"guide"_s,
         {{u"$schema"_s,
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
           u"steps"_s},
          {u"id"_s, u"version"_s, u"category"_s, u"title"_s, u"summary"_s, u"minutes"_s, u"start"_s, u"allowedHosts"_s, u"steps"_s}}},
        {u"document"_s, {{u"text"_s, u"pictogram"_s}, {u"text"_s}}},
        {u"source"_s, {{u"url"_s, u"title"_s, u"read"_s}, {u"url"_s, u"read"_s}}},
        {u"step"_s,
         {{u"id"_s,
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
           u"pictogram"_s,
           u"upload"_s},
          {u"id"_s, u"instruction"_s, u"complete"_s}}},
        {u"locator"_s, {{u"css"_s, u"text"_s, u"role"_s, u"name"_s, u"label"_s}, {}}},
        {u"complete"_s, {{u"on"_s, u"address"_s, u"target"_s}, {u"on"_s}}},
        {u"skipIf"_s, {{u"present"_s, u"address"_s}, {}}},
        {u"upload"_s, {{u"accept"_s, u"maxSize"_s, u"name"_s}, {}}},
    };
    return objects;
}
} // namespace

const FormatObject &formatObject(const QString &name)
{
    static const FormatObject none;
    const auto it = formatObjects().constFind(name);
    return it != formatObjects().cend() ? it.value() : none;
}

QStringList formatObjectNames()
{
    QStringList names = formatObjects().keys();
    names.sort();
    return names;
}

namespace
{
const QRegularExpression &idShape()
{
    static const QRegularExpression re(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return re;
}

const QRegularExpression &iconShape()
{
    static const QRegularExpression re(u"^[a-z0-9]+([-.][a-z0-9]+)*$"_s);
    return re;
}
} // namespace

GuideLoadResult GuideParser::run()
{
    GuideLoadResult result;
    const std::optional<QJsonObject> root = parseRoot(result.diagnostics);
    if (!root) {
        return result;
    }
    Guide guide = readGuide(*root);
    result.diagnostics = resolvePositions();
    if (!hasErrors(result.diagnostics)) {
        result.guide = std::move(guide);
    }
    return result;
}

QString GuideParser::readId(const QJsonValue &value, const QString &pointer)
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

/// One address pattern, or a list of them (a step that applies on several sites).
AddressPattern GuideParser::readPattern(const QJsonValue &value, const QString &pointer)
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

QString GuideParser::readPictogram(const QJsonValue &value, const QString &pointer)
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

/// "sources": [{"url": "https://…", "title": "…", "read": "2026-12-01"}, …]
QList<GuideSource> GuideParser::readSources(const QJsonValue &value)
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
        checkKeys(s, pointer, formatObject(u"source"_s).allowed, formatObject(u"source"_s).required);
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

Guide GuideParser::readGuide(const QJsonObject &o)
{
    Guide guide;
    guide.filePath = m_file;
    guide.folder = m_folder;
    const FormatObject format = formatObject(u"guide"_s);
    checkKeys(o, QString(), format.allowed, format.required);
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
            checkKeys(d, pointer, formatObject(u"document"_s).allowed, formatObject(u"document"_s).required);
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

} // namespace pasapas
