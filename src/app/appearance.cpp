// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
#include "colorscheme.h"
#include "logging.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QScreen>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pasapas
{

Appearance::Appearance(Preferences *preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
{
    readPreferences();
}

void Appearance::readPreferences()
{
    m_textScale = m_preferences->textScale();
    m_highContrast = m_preferences->highContrast();
    m_autoRead = m_preferences->autoRead();
    m_speechRate = m_preferences->speechRate();
}

void Appearance::keep(const std::function<void()> &write)
{
    if (m_saving) {
        write();
        m_preferences->save();
    }
}

void Appearance::reload()
{
    const bool scaleChanged = !qFuzzyCompare(m_textScale, m_preferences->textScale());
    const bool contrastChanged = m_highContrast != m_preferences->highContrast();
    const bool readingChanged = m_autoRead != m_preferences->autoRead() || !qFuzzyCompare(m_speechRate + 2, m_preferences->speechRate() + 2);
    readPreferences();
    apply();
    if (readingChanged) {
        Q_EMIT this->readingChanged();
    }
    if (scaleChanged) {
        Q_EMIT textScaleChanged();
    }
    if (contrastChanged) {
        Q_EMIT highContrastChanged();
    }
}

void Appearance::setTextScale(double scale)
{
    scale = std::clamp(scale, 1.0, 2.0);
    if (qFuzzyCompare(m_textScale, scale)) {
        return;
    }
    m_textScale = scale;
    applyTextScale();
    keep([this, scale] {
        m_preferences->setTextScale(scale);
    });
    Q_EMIT textScaleChanged();
}

void Appearance::setHighContrast(bool on)
{
    if (m_highContrast == on) {
        return;
    }
    m_highContrast = on;
    applyColors();
    keep([this, on] {
        m_preferences->setHighContrast(on);
    });
    Q_EMIT highContrastChanged();
}

void Appearance::setAutoRead(bool autoRead)
{
    if (m_autoRead == autoRead) {
        return;
    }
    m_autoRead = autoRead;
    keep([this, autoRead] {
        m_preferences->setAutoRead(autoRead);
    });
    Q_EMIT readingChanged();
}

void Appearance::setSpeechRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (qFuzzyCompare(m_speechRate + 2, rate + 2)) {
        return;
    }
    m_speechRate = rate;
    keep([this, rate] {
        m_preferences->setSpeechRate(rate);
    });
    Q_EMIT readingChanged();
}

void Appearance::apply()
{
    applyTextScale();
    applyColors();
}

namespace
{
QColor colorOf(const ColorScheme &scheme, const QString &set, const QString &key)
{
    const Rgb rgb = scheme.color(u"Colors:"_s + set, key);
    return QColor(rgb.red, rgb.green, rgb.blue);
}
} // namespace

void Appearance::applyColors()
{
    // Kirigami's Breeze platform theme takes its colours from the KColorScheme
    // file named by this property, and reads it again on a palette change.
    // The warm scheme by default, white on black in high contrast.
    const QString name = m_highContrast ? u"HighContrast.colors"_s : u"PasAPas.colors"_s;
    QString schemePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(name);
    QDir().mkpath(QFileInfo(schemePath).absolutePath());
    QFile::remove(schemePath);
    if (!QFile::copy(u":/pasapas/colors/"_s + name, schemePath)) {
        qCWarning(lcApp, "the colours could not be prepared in %s", qPrintable(schemePath));
        schemePath.clear();
    }
    QCoreApplication::instance()->setProperty("KDE_COLOR_SCHEME_PATH", schemePath);
    // Widgets and plain Qt Quick items follow the application palette: the same colours.
    const ColorScheme scheme(u":/pasapas/colors/"_s + name);
    if (!scheme.error().isEmpty()) {
        qCWarning(lcApp, "%s", qPrintable(scheme.error()));
    }
    QPalette palette;
    const struct {
        QPalette::ColorRole role;
        const char16_t *set;
        const char16_t *key;
    } roles[] = {
        {QPalette::Window, u"Window", u"BackgroundNormal"},
        {QPalette::WindowText, u"Window", u"ForegroundNormal"},
        {QPalette::Base, u"View", u"BackgroundNormal"},
        {QPalette::AlternateBase, u"View", u"BackgroundAlternate"},
        {QPalette::Text, u"View", u"ForegroundNormal"},
        {QPalette::PlaceholderText, u"View", u"ForegroundInactive"},
        {QPalette::Button, u"Button", u"BackgroundNormal"},
        {QPalette::ButtonText, u"Button", u"ForegroundNormal"},
        {QPalette::ToolTipBase, u"Tooltip", u"BackgroundNormal"},
        {QPalette::ToolTipText, u"Tooltip", u"ForegroundNormal"},
        {QPalette::BrightText, u"View", u"ForegroundNormal"},
        {QPalette::Highlight, u"Selection", u"BackgroundNormal"},
        {QPalette::HighlightedText, u"Selection", u"ForegroundNormal"},
        {QPalette::Link, u"View", u"ForegroundLink"},
        {QPalette::LinkVisited, u"View", u"ForegroundVisited"},
    };
    for (const auto &r : roles) {
        palette.setColor(r.role, colorOf(scheme, QString::fromUtf16(r.set), QString::fromUtf16(r.key)));
    }
    m_categoryColors.clear();
    const QMap<QString, Rgb> categories = scheme.categoryColors();
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        m_categoryColors.insert(it.key(), QColor(it->red, it->green, it->blue));
    }
    QGuiApplication::setPalette(palette);
}

void Appearance::applyTextScale()
{
    // Every text of the interface follows the application font: 18 px at
    // 100 %, in points for the screen's logical resolution (QML sizes texts
    // as multiples of the default font's point size).
    static const QFont base = QGuiApplication::font();
    QFont font = base;
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double dpi = screen && screen->logicalDotsPerInchY() > 0 ? screen->logicalDotsPerInchY() : 96.0;
    font.setPointSizeF(bodyTextPixels * 72.0 / dpi * m_textScale);
    QGuiApplication::setFont(font);
}

} // namespace pasapas
