// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidewriter.h"

#include "guideloader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QJsonValue textToJson(const LocalizedText &text)
{
    QJsonObject o;
    const QStringList languages = text.languages();
    for (const QString &language : languages) {
        o.insert(language, text.value(language));
    }
    return o;
}

/// One pattern as a string; a pattern made of several (anyOf) as a list.
QJsonValue patternToJson(const AddressPattern &pattern)
{
    if (pattern.hostParts().size() <= 1) {
        return pattern.pattern();
    }
    return QJsonArray::fromStringList(pattern.pattern().split(u" | "_s));
}

QJsonArray locatorsToJson(const QList<Locator> &locators)
{
    QJsonArray array;
    for (const Locator &l : locators) {
        QJsonObject o{{locatorKindName(l.kind), l.value}};
        if (l.kind == Locator::Kind::Role && !l.name.isEmpty()) {
            o.insert(u"name"_s, l.name);
        }
        array.append(o);
    }
    return array;
}
} // namespace

QJsonObject stepToJson(const Step &step)
{
    QJsonObject o{{u"id"_s, step.id}, {u"instruction"_s, textToJson(step.instruction)}};
    if (!step.frenchWords.isEmpty()) {
        o.insert(u"frenchWords"_s, step.frenchWords);
    }
    if (!step.target.isEmpty()) {
        o.insert(u"target"_s, locatorsToJson(step.target));
    }
    if (!step.frame.isEmpty()) {
        o.insert(u"frame"_s, step.frame);
    }
    if (step.page.isValid()) {
        o.insert(u"page"_s, patternToJson(step.page));
    }
    QJsonObject complete{{u"on"_s, completionKindName(step.completion.kind)}};
    if (step.completion.kind == Completion::Kind::Address) {
        complete.insert(u"address"_s, patternToJson(step.completion.address));
    }
    if (step.completion.kind == Completion::Kind::Appears) {
        complete.insert(u"target"_s, locatorsToJson(step.completion.target));
    }
    o.insert(u"complete"_s, complete);
    if (step.waitMs != Step().waitMs) {
        o.insert(u"wait"_s, step.waitMs / 1000.0);
    }
    if (step.sensitive) {
        o.insert(u"sensitive"_s, true);
    }
    if (step.upload.present) {
        // What the site accepts when it asks for a file (see guideupload.cpp).
        QJsonObject upload;
        if (!step.upload.accept.isEmpty()) {
            upload.insert(u"accept"_s, QJsonArray::fromStringList(step.upload.accept));
        }
        if (step.upload.maxBytes > 0) {
            upload.insert(u"maxSize"_s, double(step.upload.maxBytes) / (1024 * 1024));
        }
        if (!step.upload.name.isEmpty()) {
            upload.insert(u"name"_s, step.upload.name);
        }
        o.insert(u"upload"_s, upload);
    }
    if (!step.mediatorNote.isEmpty()) {
        o.insert(u"mediatorNote"_s, textToJson(step.mediatorNote));
    }
    if (!step.skipIf.isEmpty()) {
        QJsonObject skip;
        if (!step.skipIf.present.isEmpty()) {
            skip.insert(u"present"_s, locatorsToJson(step.skipIf.present));
        }
        if (step.skipIf.address.isValid()) {
            skip.insert(u"address"_s, patternToJson(step.skipIf.address));
        }
        o.insert(u"skipIf"_s, skip);
    }
    if (!step.pictogram.isEmpty()) {
        o.insert(u"pictogram"_s, step.pictogram);
    }
    return o;
}

QJsonObject guideToJson(const Guide &guide)
{
    QJsonObject o{{u"id"_s, guide.id},
                  {u"version"_s, guide.version},
                  {u"category"_s, guide.category},
                  {u"title"_s, textToJson(guide.title)},
                  {u"summary"_s, textToJson(guide.summary)},
                  {u"minutes"_s, guide.minutes},
                  {u"start"_s, guide.start.toString(QUrl::FullyEncoded)}};
    QJsonArray hosts;
    for (const HostPattern &host : guide.allowedHosts) {
        hosts.append(host.pattern());
    }
    o.insert(u"allowedHosts"_s, hosts);
    if (!guide.pictogram.isEmpty()) {
        o.insert(u"pictogram"_s, guide.pictogram);
    }
    if (!guide.documents.isEmpty()) {
        QJsonArray documents;
        for (const GuideDocument &d : guide.documents) {
            QJsonObject document{{u"text"_s, textToJson(d.text)}};
            if (!d.pictogram.isEmpty()) {
                document.insert(u"pictogram"_s, d.pictogram);
            }
            documents.append(document);
        }
        o.insert(u"documents"_s, documents);
    }
    if (!guide.mediatorNotes.isEmpty()) {
        o.insert(u"mediatorNotes"_s, textToJson(guide.mediatorNotes));
    }
    if (!guide.keywords.isEmpty()) {
        o.insert(u"keywords"_s, textToJson(guide.keywords));
    }
    if (!guide.sources.isEmpty()) {
        QJsonArray sources;
        for (const GuideSource &s : guide.sources) {
            QJsonObject source{{u"url"_s, s.url.toString(QUrl::FullyEncoded)}, {u"read"_s, s.read.toString(Qt::ISODate)}};
            if (!s.title.isEmpty()) {
                source.insert(u"title"_s, s.title);
            }
            sources.append(source);
        }
        o.insert(u"sources"_s, sources);
    }
    QJsonArray steps;
    for (const Step &step : guide.steps) {
        steps.append(stepToJson(step));
    }
    o.insert(u"steps"_s, steps);
    return o;
}

QByteArray guideFileContent(const Guide &guide)
{
    return QJsonDocument(guideToJson(guide)).toJson(QJsonDocument::Indented);
}

Diagnostics saveGuide(const Guide &guide, const QString &dir, QString *savedPath)
{
    const QString path = QDir(dir).filePath(guide.id + u"/guide.json"_s);
    const QByteArray content = guideFileContent(guide);
    const GuideLoadResult checked = parseGuide(content, path);
    if (!checked.guide) {
        return checked.diagnostics;
    }
    Diagnostics diagnostics = checked.diagnostics;
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        Diagnostic d;
        d.file = path;
        d.message = u"le guide n'a pas pu être écrit : %1"_s.arg(file.errorString());
        diagnostics.append(d);
        return diagnostics;
    }
    if (savedPath) {
        *savedPath = path;
    }
    return diagnostics;
}

} // namespace pasapas
