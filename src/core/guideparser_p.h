// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The guide format: JSON mapped to Guide and Step, with every rule an author
// can break reported where it is broken. Guide-level members are in
// guideloader.cpp, step-level ones in guidesteps.cpp.

#include "addresspattern.h"
#include "guide.h"
#include "guideloader.h"
#include "jsonreader.h"

namespace pasapas
{

class GuideParser : public JsonReader
{
public:
    using JsonReader::JsonReader;
    GuideLoadResult run();

private:
    QString readId(const QJsonValue &value, const QString &pointer);
    /// One address pattern, or a list of them (a step that applies on several sites).
    AddressPattern readPattern(const QJsonValue &value, const QString &pointer);
    QString readPictogram(const QJsonValue &value, const QString &pointer);
    /// "sources": [{"url": "https://…", "title": "…", "read": "2026-12-01"}, …]
    QList<GuideSource> readSources(const QJsonValue &value);
    Guide readGuide(const QJsonObject &o);
    std::optional<Locator> readLocator(const QJsonValue &value, const QString &pointer);
    QList<Locator> readLocators(const QJsonValue &value, const QString &pointer);
    Completion readCompletion(const QJsonValue &value, const QString &pointer);
    SkipCondition readSkip(const QJsonValue &value, const QString &pointer);
    /// "upload": {"accept": ["pdf"], "maxSize": 2, "name": "rib"} (guideupload.cpp)
    StepUpload readUpload(const QJsonValue &value, const QString &pointer);
    /// Every site of a pattern (several for a list) is allowed.
    bool reachable(const AddressPattern &pattern, const QList<HostPattern> &hosts) const;
    Step readStep(const QJsonValue &value, const QString &pointer, const QList<HostPattern> &hosts);
    /// "A step that can never complete".
    void checkCompletable(const Step &step, const QJsonObject &o, const QString &pointer, const QList<HostPattern> &hosts);
};

} // namespace pasapas
