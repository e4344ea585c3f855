// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
#include "logging.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStandardPaths>

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

void Appearance::applyColors()
{
    // Kirigami's Breeze platform theme takes its colours from the KColorScheme
    // file named by this property, and reads it again on a palette change.
    static const QPalette base = QGuiApplication::palette();
    QString schemePath;
    if (m_highContrast) {
        schemePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("HighContrast.colors"));
        QDir().mkpath(QFileInfo(schemePath).absolutePath());
        QFile::remove(schemePath);
        if (!QFile::copy(QStringLiteral(":/pasapas/colors/HighContrast.colors"), schemePath)) {
            qCWarning(lcApp, "the high contrast colours could not be prepared in %s", qPrintable(schemePath));
            schemePath.clear();
        }
    }
    QCoreApplication::instance()->setProperty("KDE_COLOR_SCHEME_PATH", schemePath);
    QPalette palette = base;
    if (!schemePath.isEmpty()) {
        const QColor black(0, 0, 0);
        const QColor white(255, 255, 255);
        const QColor yellow(255, 230, 0);
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase, QPalette::ToolTipBase}) {
            palette.setColor(role, black);
        }
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText}) {
            palette.setColor(role, white);
        }
        palette.setColor(QPalette::Highlight, yellow);
        palette.setColor(QPalette::HighlightedText, black);
        palette.setColor(QPalette::Link, yellow);
    }
    QGuiApplication::setPalette(palette);
}

void Appearance::applyTextScale()
{
    // Every text of the interface follows the application font.
    static const QFont base = QGuiApplication::font();
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * m_textScale);
    QGuiApplication::setFont(font);
}

} // namespace pasapas
