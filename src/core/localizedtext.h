// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pasapas
{

/// A text written in several languages; French is the source and the last
/// fallback. Implicitly shared through QHash, cheap to copy.
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
    explicit LocalizedText(const QHash<QString, QString> &texts)
        : m_texts(texts)
    {
    }

    void insert(const QString &language, const QString &text)
    {
        m_texts.insert(language, text);
    }

    /// The text in `language`, or along its fallback chain, ending in French.
    [[nodiscard]] Resolved resolve(const QString &language) const;
    [[nodiscard]] QString text(const QString &language) const
    {
        return resolve(language).text;
    }
    [[nodiscard]] QString french() const
    {
        return m_texts.value(QStringLiteral("fr"));
    }
    [[nodiscard]] bool has(const QString &language) const
    {
        return m_texts.contains(language);
    }
    [[nodiscard]] bool isEmpty() const
    {
        return m_texts.isEmpty();
    }
    /// Languages present, sorted.
    [[nodiscard]] QStringList languages() const;
    [[nodiscard]] const QHash<QString, QString> &texts() const
    {
        return m_texts;
    }

    /// e.g. "fa-AF" → fa-AF, fa, prs, fr.
    [[nodiscard]] static QStringList fallbackChain(const QString &language);

private:
    QHash<QString, QString> m_texts;
};

} // namespace pasapas
