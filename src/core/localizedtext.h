// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QList>
#include <QStringList>

#include <utility>

namespace pasapas
{

/// A text written in several languages; French is the source and the last
/// fallback. Implicitly shared, cheap to copy. The texts are kept in one
/// list sorted by language, not in a QHash: a guide has about a thousand
/// texts and a QHash's first storage block alone takes 2.3 kB.
class LocalizedText
{
public:
    struct Resolved
    {
        QString text;
        QString language; ///< the language the text is really in
        bool fallback = false; ///< true when it is not the language asked for
    };

    LocalizedText() = default;
    explicit LocalizedText(const QHash<QString, QString> &texts);

    /// Sets the text in a language (replaces the one it had).
    void insert(const QString &language, const QString &text);

    /// The text in `language`, or along its fallback chain, ending in French.
    [[nodiscard]] Resolved resolve(const QString &language) const;
    [[nodiscard]] QString text(const QString &language) const
    {
        return resolve(language).text;
    }
    /// The text in exactly this language, or an empty string.
    [[nodiscard]] QString value(const QString &language) const
    {
        const QString *found = find(language);
        return found ? *found : QString();
    }
    [[nodiscard]] QString french() const
    {
        return value(QStringLiteral("fr"));
    }
    [[nodiscard]] bool has(const QString &language) const
    {
        return find(language) != nullptr;
    }
    [[nodiscard]] bool isEmpty() const
    {
        return m_texts.isEmpty();
    }
    /// Languages present, sorted.
    [[nodiscard]] QStringList languages() const;
    /// Every text, by language (a copy).
    [[nodiscard]] QHash<QString, QString> texts() const;

    /// e.g. "fa-AF" → fa-AF, fa, prs, fr.
    [[nodiscard]] static QStringList fallbackChain(const QString &language);

private:
    /// The text in exactly this language, or null.
    [[nodiscard]] const QString *find(const QString &language) const;

    QList<std::pair<QString, QString>> m_texts; ///< (language, text), sorted by language
};

} // namespace pasapas
