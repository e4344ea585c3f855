// SPDX-License-Identifier: GPL-3.0-or-later
#include "localizedtext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// Languages close enough to stand in for each other before French.
QStringList relatedLanguages(const QString &base)
{
    if (base == u"prs") {
        return {u"fa"_s}; // Dari reads Persian
    }
    if (base == u"fa") {
        return {u"prs"_s};
    }
    return {};
}
} // namespace

QStringList LocalizedText::fallbackChain(const QString &language)
{
    QStringList chain;
    const auto add = [&chain](const QString &code) {
        if (!code.isEmpty() && !chain.contains(code)) {
            chain.append(code);
        }
    };
    const QString normalized = QString(language).replace(u'_', u'-');
    add(normalized);
    const QString base = normalized.section(u'-', 0, 0).toLower();
    add(base);
    if (normalized.compare(u"fa-AF"_s, Qt::CaseInsensitive) == 0) {
        add(u"prs"_s);
    }
    for (const QString &related : relatedLanguages(base)) {
        add(related);
    }
    add(u"fr"_s);
    return chain;
}

namespace
{
bool byLanguage(const std::pair<QString, QString> &entry, const QString &language)
{
    return entry.first < language;
}
} // namespace

LocalizedText::LocalizedText(const QHash<QString, QString> &texts)
{
    m_texts.reserve(texts.size());
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        m_texts.append({it.key(), it.value()});
    }
    std::sort(m_texts.begin(), m_texts.end());
}

void LocalizedText::insert(const QString &language, const QString &text)
{
    const auto it = std::lower_bound(m_texts.begin(), m_texts.end(), language, byLanguage);
    if (it != m_texts.end() && it->first == language) {
        it->second = text;
    } else {
        m_texts.insert(it, {language, text});
    }
}

const QString *LocalizedText::find(const QString &language) const
{
    const auto it = std::lower_bound(m_texts.cbegin(), m_texts.cend(), language, byLanguage);
    return it != m_texts.cend() && it->first == language ? &it->second : nullptr;
}

LocalizedText::Resolved LocalizedText::resolve(const QString &language) const
{
    // The usual case, without building the fallback chain.
    if (const QString *text = find(language); text && !text->isEmpty()) {
        return {*text, language, false};
    }
    const QStringList chain = fallbackChain(language);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QString *text = find(chain.at(i));
        if (text && !text->isEmpty()) {
            // A base language (fa for fa-IR) is no fallback; another one is.
            const bool sameLanguage = chain.at(i) == chain.constFirst() || chain.at(i) == chain.constFirst().section(u'-', 0, 0).toLower();
            return {*text, chain.at(i), !sameLanguage};
        }
    }
    return {};
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    result.reserve(m_texts.size());
    for (const auto &[language, text] : m_texts) {
        result.append(language);
    }
    return result;
}

QHash<QString, QString> LocalizedText::texts() const
{
    QHash<QString, QString> result;
    result.reserve(m_texts.size());
    for (const auto &[language, text] : m_texts) {
        result.insert(language, text);
    }
    return result;
}

} // namespace pasapas
