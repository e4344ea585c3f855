// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace pasapas
{

/// A colour of a scheme, 0…255 per channel (QtCore only: no QColor here).
struct Rgb
{
    int red = 0;
    int green = 0;
    int blue = 0;

    [[nodiscard]] bool operator==(const Rgb &other) const = default;
    /// "#rrggbb"
    [[nodiscard]] QString name() const;
};

/// WCAG 2 contrast ratio of two colours: 1 (same) … 21 (black on white).
[[nodiscard]] double contrastRatio(const Rgb &a, const Rgb &b);

/// A text colour drawn on a background colour, as a scheme pairs them.
struct ColorPair
{
    QString foregroundKey; ///< "Colors:View/ForegroundNormal", "Categories/work"…
    Rgb foreground;
    QString backgroundKey;
    Rgb background;
};

/// A KColorScheme file (the app's warm scheme, its high contrast one), with
/// the app's own [PasAPas:Categories] group: a colour per category, drawn
/// behind the category's pictogram.
class ColorScheme
{
public:
    /// Reads a scheme file; error() says what went wrong, if anything.
    explicit ColorScheme(const QString &path);

    [[nodiscard]] QString error() const
    {
        return m_error;
    }
    /// A colour, e.g. color(u"Colors:View"_s, u"BackgroundNormal"_s); black if absent.
    [[nodiscard]] Rgb color(const QString &group, const QString &key) const;
    [[nodiscard]] bool has(const QString &group, const QString &key) const;
    /// Category id → colour.
    [[nodiscard]] QMap<QString, Rgb> categoryColors() const;

    /// Every text/background pair the interface draws with this scheme:
    /// each colour set's foregrounds on its backgrounds, and the normal text
    /// on each category colour.
    [[nodiscard]] QList<ColorPair> textPairs() const;

    /// The colour sets Kirigami draws with.
    static const QStringList &colorSets();
    /// The foregrounds drawn as text.
    static const QStringList &textRoles();

private:
    QMap<QString, Rgb> m_colors; ///< "group/key" → colour
    QString m_error;
};

} // namespace pasapas
