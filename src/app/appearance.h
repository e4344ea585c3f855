// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <functional>

namespace pasapas
{

class Preferences;

/// How the app presents itself to the person: the text size, the colours
/// (the warm scheme, or high contrast: KColorScheme files under
/// src/app/colors, applied to the whole application) and reading aloud. Saved in the preferences, except in the kiosk, where a person's
/// choices last until the hand-over.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    Q_PROPERTY(bool autoRead READ autoRead WRITE setAutoRead NOTIFY readingChanged)
    Q_PROPERTY(double speechRate READ speechRate WRITE setSpeechRate NOTIFY readingChanged)
    Q_PROPERTY(QVariantMap categoryColors READ categoryColors NOTIFY highContrastChanged)

public:
    /// Body text at 100 %, in pixels: readable at arm's length on a tablet
    /// (Kirigami's desktop default is about 13 px).
    static constexpr double bodyTextPixels = 18;

    explicit Appearance(Preferences *preferences, QObject *parent = nullptr);

    /// 1.0 … 2.0: the text size.
    [[nodiscard]] double textScale() const
    {
        return m_textScale;
    }
    void setTextScale(double scale);
    /// White on black with yellow focus, for the whole interface.
    [[nodiscard]] bool highContrast() const
    {
        return m_highContrast;
    }
    void setHighContrast(bool on);
    /// Every new step is read aloud.
    [[nodiscard]] bool autoRead() const
    {
        return m_autoRead;
    }
    void setAutoRead(bool autoRead);
    /// -1 (slow) … 0 (normal) … 1 (fast), as QTextToSpeech's rate.
    [[nodiscard]] double speechRate() const
    {
        return m_speechRate;
    }
    void setSpeechRate(double rate);
    /// Category id → its colour in the current scheme (behind its pictogram).
    [[nodiscard]] QVariantMap categoryColors() const
    {
        return m_categoryColors;
    }

    /// Whether changes are written to the preferences (not in the kiosk).
    void setSaving(bool saving)
    {
        m_saving = saving;
    }
    /// Back to the saved preferences (the kiosk's next person).
    void reload();
    /// Applies both to the application (call once QGuiApplication exists).
    void apply();

Q_SIGNALS:
    void textScaleChanged();
    void highContrastChanged();
    void readingChanged();

private:
    void readPreferences();
    /// Writes a change to the preferences file, unless in the kiosk.
    void keep(const std::function<void()> &write);
    void applyColors();
    void applyTextScale();

    Preferences *m_preferences;
    double m_textScale = 1.0;
    bool m_highContrast = false;
    bool m_autoRead = false;
    double m_speechRate = 0;
    bool m_saving = true;
    QVariantMap m_categoryColors;
};

} // namespace pasapas
