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

LocalizedText::Resolved LocalizedText::resolve(const QString &language) const
{
    // The usual case, without building the fallback chain.
    if (const auto it = m_texts.constFind(language); it != m_texts.cend() && !it.value().isEmpty()) {
        return {it.value(), language, false};
    }
    const QStringList chain = fallbackChain(language);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const auto it = m_texts.constFind(chain.at(i));
        if (it != m_texts.cend() && !it.value().isEmpty()) {
            // A base language (fa for fa-IR) is no fallback; another one is.
            const bool sameLanguage = chain.at(i) == chain.constFirst() || chain.at(i) == chain.constFirst().section(u'-', 0, 0).toLower();
            return {it.value(), chain.at(i), !sameLanguage};
        }
    }
    return {};
}

QStringList LocalizedText::languages() const
{
    QStringList result = m_texts.keys();
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace pasapas
