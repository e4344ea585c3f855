// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidecheck.h"
#include "guideloader.h"
#include "jsonpositions.h"
#include "textchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// The offline practice site runs on the loopback: its guides need no public source.
bool isPracticeHost(const QString &host)
{
    return host == u"localhost" || host.endsWith(u".localhost"_s) || host == u"127.0.0.1";
}
/// Advice the loader does not give (it runs at every start): sources, plain French.
Diagnostics authoringWarnings(const Guide &guide)
{
    Diagnostics warnings;
    std::optional<JsonPositions> positions;
    const auto warn = [&](const QString &pointer, const QString &where, const QString &message) {
        if (!positions) {
            QFile file(guide.filePath);
            positions = JsonPositions::scan(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        const TextPosition at = positions->value(where);
        warnings.append({guide.filePath, at.line, at.column, pointer, Diagnostic::Severity::Warning, message});
    };
    if (guide.sources.isEmpty() && !isPracticeHost(guide.start.host())) {
        warn(u"/sources"_s, u"/id"_s, u"guide d'un vrai site sans « sources » : citez les pages publiques qui décrivent la démarche"_s);
    }
    for (qsizetype i = 0; i < guide.steps.size(); ++i) {
        const QString pointer = u"/steps/%1/instruction/fr"_s.arg(i);
        for (const QString &problem : plainLanguageProblems(guide.steps.at(i).instruction.french())) {
            warn(pointer, pointer, problem);
        }
    }
    return warnings;
}
} // namespace

double translationCoverage(const Guide &guide, const QString &language)
{
    const auto texts = guide.texts();
    if (texts.isEmpty()) {
        return 0;
    }
    const auto translated = std::count_if(texts.cbegin(), texts.cend(), [&](const LocalizedText *text) {
        return text->has(language);
    });
    return double(translated) / double(texts.size());
}

QString coverageTable(const QList<Guide> &guides)
{
    QSet<QString> languageSet;
    for (const Guide &guide : guides) {
        for (const LocalizedText *text : guide.texts()) {
            for (const QString &language : text->languages()) {
                languageSet.insert(language);
            }
        }
    }
    QStringList languages(languageSet.cbegin(), languageSet.cend());
    std::sort(languages.begin(), languages.end(), [](const QString &a, const QString &b) {
        if (a == u"fr" || b == u"fr") {
            return a == u"fr" && b != u"fr";
        }
        return a < b;
    });
    qsizetype idWidth = 5;
    for (const Guide &guide : guides) {
        idWidth = std::max(idWidth, guide.id.size());
    }
    QString table = u"Traductions (part des textes traduits) :\n"_s;
    table += u"guide"_s.leftJustified(idWidth);
    for (const QString &language : std::as_const(languages)) {
        table += u"  "_s + language.rightJustified(5);
    }
    table += u'\n';
    for (const Guide &guide : guides) {
        table += guide.id.leftJustified(idWidth);
        for (const QString &language : std::as_const(languages)) {
            const int percent = int(translationCoverage(guide, language) * 100.0 + 0.5);
            table += u"  "_s + QString(QString::number(percent) + u'%').rightJustified(5);
        }
        table += u'\n';
    }
    return table;
}

GuideCheckReport checkGuideFolders(const QStringList &dirs)
{
    GuideCheckReport report;
    for (const QString &dir : dirs) {
        if (QFileInfo::exists(dir + u"/guide.json"_s)) {
            GuideLoadResult one = loadGuideFile(dir + u"/guide.json"_s);
            report.diagnostics.append(one.diagnostics);
            if (one.guide) {
                report.guides.append(*one.guide);
            }
            continue;
        }
        GuideFolderResult folder = loadGuideFolder(dir);
        report.diagnostics.append(folder.diagnostics);
        report.guides.append(folder.guides);
        if (folder.guides.isEmpty() && folder.diagnostics.isEmpty()) {
            report.diagnostics.append(
                {dir, 0, 0, QString(), Diagnostic::Severity::Warning, u"aucun guide dans ce dossier (attendu : DOSSIER/nom-du-guide/guide.json)"_s});
        }
    }
    for (const Guide &guide : std::as_const(report.guides)) {
        report.diagnostics.append(authoringWarnings(guide));
    }
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : std::as_const(report.diagnostics)) {
        report.text += d.toString() + u'\n';
        d.isError() ? ++errors : ++warnings;
    }
    if (!report.diagnostics.isEmpty()) {
        report.text += u'\n';
    }
    if (!report.guides.isEmpty()) {
        report.text += coverageTable(report.guides) + u'\n';
    }
    report.text += u"%1 guide(s) valide(s), %2 erreur(s), %3 avertissement(s)\n"_s.arg(report.guides.size()).arg(errors).arg(warnings);
    return report;
}

} // namespace pasapas
