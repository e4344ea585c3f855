// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorscheme.h"

#include <QFile>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
const QString categoriesGroup = u"PasAPas:Categories"_s;

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const Rgb &c)
{
    return 0.2126 * linear(c.red) + 0.7152 * linear(c.green) + 0.0722 * linear(c.blue);
}
} // namespace

QString Rgb::name() const
{
    return u"#%1%2%3"_s.arg(red, 2, 16, QChar(u'0')).arg(green, 2, 16, QChar(u'0')).arg(blue, 2, 16, QChar(u'0'));
}

double contrastRatio(const Rgb &a, const Rgb &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ColorScheme::ColorScheme(const QString &path)
{
    // The format is an INI file; read by hand, as KConfig would, so that a
    // line that is not a colour is reported with its number.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error = u"%1: %2"_s.arg(path, file.errorString());
        return;
    }
    QString group;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0) {
            m_error = u"%1:%2: not a key=value line"_s.arg(path).arg(number);
            return;
        }
        if (!group.startsWith(u"Colors:"_s) && group != categoriesGroup) {
            continue;
        }
        const QStringList parts = line.mid(equals + 1).split(u',');
        bool ok = parts.size() == 3;
        int values[3] = {0, 0, 0};
        for (int i = 0; ok && i < 3; ++i) {
            values[i] = parts.at(i).trimmed().toInt(&ok);
            ok = ok && values[i] >= 0 && values[i] <= 255;
        }
        if (!ok) {
            m_error = u"%1:%2: not a colour (r,g,b)"_s.arg(path).arg(number);
            return;
        }
        m_colors.insert(group + u'/' + line.left(equals).trimmed(), Rgb{values[0], values[1], values[2]});
    }
}

Rgb ColorScheme::color(const QString &group, const QString &key) const
{
    return m_colors.value(group + u'/' + key);
}

bool ColorScheme::has(const QString &group, const QString &key) const
{
    return m_colors.contains(group + u'/' + key);
}

QMap<QString, Rgb> ColorScheme::categoryColors() const
{
    QMap<QString, Rgb> colors;
    const QString prefix = categoriesGroup + u'/';
    for (auto it = m_colors.cbegin(); it != m_colors.cend(); ++it) {
        if (it.key().startsWith(prefix)) {
            colors.insert(it.key().mid(prefix.size()), it.value());
        }
    }
    return colors;
}

const QStringList &ColorScheme::colorSets()
{
    static const QStringList sets{u"Colors:Window"_s, u"Colors:View"_s, u"Colors:Button"_s, u"Colors:Selection"_s,
                                  u"Colors:Tooltip"_s, u"Colors:Complementary"_s, u"Colors:Header"_s};
    return sets;
}

const QStringList &ColorScheme::textRoles()
{
    static const QStringList roles{u"ForegroundNormal"_s, u"ForegroundInactive"_s, u"ForegroundActive"_s, u"ForegroundLink"_s,
                                   u"ForegroundVisited"_s, u"ForegroundNegative"_s, u"ForegroundNeutral"_s, u"ForegroundPositive"_s};
    return roles;
}

QList<ColorPair> ColorScheme::textPairs() const
{
    QList<ColorPair> pairs;
    for (const QString &set : colorSets()) {
        for (const QString &role : textRoles()) {
            for (const QString &background : {u"BackgroundNormal"_s, u"BackgroundAlternate"_s}) {
                pairs.append({set + u'/' + role, color(set, role), set + u'/' + background, color(set, background)});
            }
        }
        // Tinted backgrounds (messages, the French words of a step): the
        // normal and inactive text, and the text of the same kind, on them.
        for (const QString &kind : {u"Neutral"_s, u"Positive"_s, u"Negative"_s, u"Active"_s, u"Link"_s, u"Visited"_s}) {
            const QString background = u"Background"_s + kind;
            if (!has(set, background)) {
                continue;
            }
            for (const QString &role : QStringList{u"ForegroundNormal"_s, u"ForegroundInactive"_s, u"Foreground"_s + kind}) {
                pairs.append({set + u'/' + role, color(set, role), set + u'/' + background, color(set, background)});
            }
        }
    }
    // A category's pictogram and words are drawn in the view's text colour on its colour.
    const QMap<QString, Rgb> categories = categoryColors();
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        for (const QString &role : {u"ForegroundNormal"_s, u"ForegroundInactive"_s}) {
            pairs.append({u"Colors:View/"_s + role, color(u"Colors:View"_s, role), categoriesGroup + u'/' + it.key(), it.value()});
        }
    }
    return pairs;
}

} // namespace pasapas
