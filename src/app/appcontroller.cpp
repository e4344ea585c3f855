// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "languages.h"
#include "sessioncontroller.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace pasapas
{

namespace
{
AppController *s_instance = nullptr;
}

AppController::AppController(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    const QSettings settings;
    m_autoRead = settings.value(QStringLiteral("speech/autoRead"), false).toBool();
    m_speechRate = std::clamp(settings.value(QStringLiteral("speech/rate"), 0.0).toDouble(), -1.0, 1.0);
    m_textScale = std::clamp(settings.value(QStringLiteral("display/textScale"), 1.0).toDouble(), 1.0, 2.0);
}

void AppController::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("speech/autoRead"), m_autoRead);
    settings.setValue(QStringLiteral("speech/rate"), m_speechRate);
    settings.setValue(QStringLiteral("display/textScale"), m_textScale);
}

void AppController::setAutoRead(bool autoRead)
{
    if (m_autoRead == autoRead) {
        return;
    }
    m_autoRead = autoRead;
    saveSettings();
    Q_EMIT settingsChanged();
}

void AppController::setSpeechRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (qFuzzyCompare(m_speechRate + 2, rate + 2)) {
        return;
    }
    m_speechRate = rate;
    saveSettings();
    Q_EMIT settingsChanged();
}

void AppController::setTextScale(double scale)
{
    scale = std::clamp(scale, 1.0, 2.0);
    if (qFuzzyCompare(m_textScale, scale)) {
        return;
    }
    m_textScale = scale;
    applyTextScale();
    saveSettings();
    Q_EMIT settingsChanged();
}

void AppController::applyTextScale()
{
    // Every text of the interface follows the application font.
    static const QFont base = QGuiApplication::font();
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * m_textScale);
    QGuiApplication::setFont(font);
}

QVariantList AppController::interfaceLanguages()
{
    QVariantList list;
    for (const Language &language : pasapas::interfaceLanguages()) {
        list.append(QVariantMap{
            {QStringLiteral("code"), language.code}, {QStringLiteral("name"), language.nativeName}, {QStringLiteral("rightToLeft"), language.rightToLeft}});
    }
    return list;
}

bool AppController::rightToLeft() const
{
    for (const Language &language : pasapas::interfaceLanguages()) {
        if (language.code == m_language || language.code == m_language.section(u'-', 0, 0)) {
            return language.rightToLeft;
        }
    }
    return false;
}

AppController::~AppController()
{
    s_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppController::modeKey() const
{
    return pasapas::modeKey(m_mode);
}

void AppController::setMode(Mode mode)
{
    if (m_mode == mode) {
        return;
    }
    m_mode = mode;
    Q_EMIT modeChanged();
}

bool AppController::enterMode(const QString &key)
{
    const auto mode = modeFromKey(key);
    if (!mode) {
        return false;
    }
    setMode(*mode);
    return true;
}

void AppController::setLanguage(const QString &language)
{
    const QString code = language.isEmpty() ? QStringLiteral("fr") : language;
    if (m_language == code) {
        return;
    }
    m_language = code;
    // The interface: French is built in; other languages from their translation.
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    const QString base = code == QStringLiteral("prs") ? QStringLiteral("fa") : code.section(u'-', 0, 0);
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/pasapas_") + base)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (base != QStringLiteral("fr")) {
        qInfo("pasapas: no interface translation for %s; the interface stays in French", qPrintable(code));
    }
    QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_qmlEngine) {
        m_qmlEngine->retranslate();
    }
    if (m_categories) {
        m_categories->refresh();
    }
    if (m_catalog) {
        m_catalog->setLanguage(code);
    }
    if (m_session) {
        m_session->setLanguage(code);
    }
    Q_EMIT languageChanged();
}

void AppController::setCatalog(GuideCatalogModel *catalog, CategoryModel *categories, int guideProblemCount)
{
    m_catalog = catalog;
    m_categories = categories;
    m_guideProblemCount = guideProblemCount;
    if (m_catalog) {
        m_catalog->setLanguage(m_language);
    }
}

QString AppController::languageName(const QString &code)
{
    return nativeLanguageName(code);
}

bool AppController::startSession(const QString &guideId)
{
    SessionController *session = m_sessionFactory ? m_sessionFactory(guideId) : nullptr;
    if (!session) {
        Q_EMIT sessionFailed(guideId);
        return false;
    }
    return true;
}

void AppController::endSession()
{
    if (m_sessionEnder) {
        m_sessionEnder();
    }
}

void AppController::setSessionHandlers(SessionFactory factory, SessionEnder ender)
{
    m_sessionFactory = std::move(factory);
    m_sessionEnder = std::move(ender);
}

void AppController::setSession(SessionController *session)
{
    if (m_session == session) {
        return;
    }
    m_readAloud->stop();
    m_session = session;
    if (m_session) {
        // Automatic reading of every new step, when the setting is on.
        connect(m_session, &SessionController::stepChanged, this, [this] {
            if (m_autoRead && m_session && m_session->state() != QStringLiteral("finished")) {
                readStep();
            }
        });
        if (m_autoRead) {
            readStep();
        }
    }
    Q_EMIT sessionChanged();
}

bool AppController::readStep()
{
    if (!m_session) {
        return false;
    }
    QString text = m_session->instruction();
    return m_readAloud->speak(text, m_language, m_speechRate);
}

QString AppController::version()
{
    return QCoreApplication::applicationVersion();
}

} // namespace pasapas
