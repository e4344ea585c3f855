// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of a guide: locators, completions, skip conditions, and the
// checks that a step can be done and can end.
#include "guideparser_p.h"
#include "jsonpositions.h"
#include "textchecks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pasapas
{

std::optional<Locator> GuideParser::readLocator(const QJsonValue &value, const QString &pointer)
{
    if (!expect(value, QJsonValue::Object, pointer, u"un objet comme { \"text\": \"Valider\" }"_s)) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, pointer, formatObject(u"locator"_s).allowed, formatObject(u"locator"_s).required);
    QStringList kinds;
    for (const QString &kind : locatorKindNames()) {
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

QList<Locator> GuideParser::readLocators(const QJsonValue &value, const QString &pointer)
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

Completion GuideParser::readCompletion(const QJsonValue &value, const QString &pointer)
{
    Completion completion;
    if (!expect(value, QJsonValue::Object, pointer, u"un objet comme { \"on\": \"tap\" }"_s)) {
        return completion;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, pointer, formatObject(u"complete"_s).allowed, formatObject(u"complete"_s).required);
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
        QString message = u"« on » doit valoir tap, fill, choose, address, appears ou done, pas « %1 »"_s.arg(*on);
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

SkipCondition GuideParser::readSkip(const QJsonValue &value, const QString &pointer)
{
    SkipCondition skip;
    if (!expect(value, QJsonValue::Object, pointer, u"un objet comme { \"address\": \"…\" }"_s)) {
        return skip;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, pointer, formatObject(u"skipIf"_s).allowed, formatObject(u"skipIf"_s).required);
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
bool GuideParser::reachable(const AddressPattern &pattern, const QList<HostPattern> &hosts) const
{
    const QStringList parts = pattern.hostParts();
    return std::all_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
        return std::any_of(hosts.cbegin(), hosts.cend(), [&](const HostPattern &host) {
            return host.covers(part);
        });
    });
}

Step GuideParser::readStep(const QJsonValue &value, const QString &pointer, const QList<HostPattern> &hosts)
{
    Step step;
    if (!expect(value, QJsonValue::Object, pointer, u"un objet { … }"_s)) {
        return step;
    }
    const QJsonObject o = value.toObject();
    checkKeys(o, pointer, formatObject(u"step"_s).allowed, formatObject(u"step"_s).required);
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
    if (has(u"upload"_s)) {
        step.upload = readUpload(o.value(u"upload"_s), pointer + u"/upload"_s);
    }
    if (has(u"complete"_s)) {
        step.completion = readCompletion(o.value(u"complete"_s), pointer + u"/complete"_s);
        checkCompletable(step, o, pointer, hosts);
    }
    return step;
}

/// "A step that can never complete".
void GuideParser::checkCompletable(const Step &step, const QJsonObject &o, const QString &pointer, const QList<HostPattern> &hosts)
{
    const QString on = pointer + u"/complete/on"_s;
    const auto kind = step.completion.kind;
    if ((kind == Completion::Kind::Tap || kind == Completion::Kind::Fill || kind == Completion::Kind::Choose) && !o.contains(u"target"_s)) {
        error(on, u"cette étape ne peut jamais se terminer : « %1 » demande une cible (« target ») à côté de « complete »"_s.arg(completionKindName(kind)));
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

} // namespace pasapas
