// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "logging.h"
#include "documentprinter.h"
#include "languages.h"
#include "sessioncontroller.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QStandardPaths>
#include <QTimer>
#include <QFileInfo>
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
    loadPreferences();
    const QSettings &settings = *m_settings;
    m_idleMinutes = std::clamp(settings.value(QStringLiteral("kiosk/idleMinutes"), 3).toInt(), 1, 30);
    m_globalHostsText = settings.value(QStringLiteral("kiosk/globalHosts")).toString();
    // A locked tablet stays locked after a restart (a crash, a reboot); a PIN must exist to leave it.
    if (settings.value(QStringLiteral("kiosk/locked"), false).toBool() && m_pin.hasPin()) {
        m_mode = Mode::SelfService;
    }
    // No kiosk without a way out, and no mediator space without its PIN,
    // whatever the command line asks.
    if ((m_mode == Mode::SelfService && !m_pin.hasPin()) || m_mode == Mode::Mediator) {
        m_mode = Mode::Accompanied;
    }
    installTranslation();
    m_idle->setTimeouts(std::chrono::minutes(m_idleMinutes), std::chrono::seconds(60));
    connect(m_idle.get(), &IdleMonitor::expired, this, [this] {
        if (m_mode == Mode::SelfService) {
            finishForNextPerson();
            Q_EMIT idleReset();
        }
    });
    updateIdle();
}

void AppController::forgetPin(QSettings &settings)
{
    PinLock(&settings).forget();
    settings.remove(QStringLiteral("kiosk/locked"));
    settings.sync();
}

void AppController::resetForNextPerson()
{
    if (m_mode != Mode::SelfService) {
        return;
    }
    // A kiosk person's choices are not saved: the next person starts from
    // the mediator's settings, in French, with an empty clipboard.
    loadPreferences();
    applyTextScale();
    applyColors();
    Q_EMIT settingsChanged();
    setLanguage(QStringLiteral("fr"));
    wipeClipboard();
}

void AppController::loadPreferences()
{
    // The person's preferences, as the mediator (or an accompanied session) saved them.
    const QSettings &settings = *m_settings;
    m_autoRead = settings.value(QStringLiteral("speech/autoRead"), false).toBool();
    m_speechRate = std::clamp(settings.value(QStringLiteral("speech/rate"), 0.0).toDouble(), -1.0, 1.0);
    m_textScale = std::clamp(settings.value(QStringLiteral("display/textScale"), 1.0).toDouble(), 1.0, 2.0);
    m_highContrast = settings.value(QStringLiteral("display/highContrast"), false).toBool();
}

void AppController::wipeClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        clipboard->clear(QClipboard::Selection);
    }
}

void AppController::saveSettings() const
{
    QSettings &settings = *m_settings;
    settings.setValue(QStringLiteral("kiosk/locked"), m_mode == Mode::SelfService);
    if (m_mode == Mode::SelfService) {
        settings.sync();
        return;
    }
    settings.setValue(QStringLiteral("speech/autoRead"), m_autoRead);
    settings.setValue(QStringLiteral("speech/rate"), m_speechRate);
    settings.setValue(QStringLiteral("display/textScale"), m_textScale);
    settings.setValue(QStringLiteral("display/highContrast"), m_highContrast);
    settings.setValue(QStringLiteral("kiosk/idleMinutes"), m_idleMinutes);
    settings.setValue(QStringLiteral("kiosk/globalHosts"), m_globalHostsText);
    settings.sync();
}

void AppController::setIdleMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 30);
    if (m_idleMinutes == minutes || m_mode != Mode::Mediator) {
        return;
    }
    m_idleMinutes = minutes;
    m_idle->setTimeouts(std::chrono::minutes(m_idleMinutes), std::chrono::seconds(60));
    saveSettings();
    Q_EMIT settingsChanged();
}

void AppController::setAtHome(bool atHome)
{
    if (m_atHome == atHome) {
        return;
    }
    m_atHome = atHome;
    // Back on the home screen, the mediator's space closes: the next person
    // must not find it open.
    // (Checked once the page stack settles: opening a mode passes the home
    // screen on its way.)
    if (m_atHome && m_mode == Mode::Mediator) {
        QTimer::singleShot(0, this, [this] {
            if (m_atHome && m_mode == Mode::Mediator) {
                setMode(m_modeBeforeMediator);
            }
        });
    }
    updateIdle();
    Q_EMIT atHomeChanged();
}

void AppController::updateIdle()
{
    // Only a kiosk resets itself, and only when something is left to wipe.
    m_idle->setEnabled(m_mode == Mode::SelfService && (m_session || !m_atHome));
}

QList<HostPattern> AppController::globalHosts() const
{
    return parseHostList(m_globalHostsText);
}

QString AppController::setGlobalHosts(const QString &text)
{
    if (m_mode != Mode::Mediator) {
        return tr("Seul l'espace médiateur peut changer les sites autorisés.");
    }
    QStringList errors;
    (void)parseHostList(text, &errors);
    if (!errors.isEmpty()) {
        return errors.join(u'\n');
    }
    if (m_globalHostsText != text) {
        m_globalHostsText = text;
        saveSettings();
        Q_EMIT settingsChanged();
    }
    return {};
}

void AppController::setWipeNotice(bool shown)
{
    if (m_wipeNotice == shown) {
        return;
    }
    m_wipeNotice = shown;
    Q_EMIT wipeNoticeChanged();
}

bool AppController::hasPin() const
{
    return m_pin.hasPin();
}

int AppController::pinSecondsLocked() const
{
    return int(m_pin.secondsLocked(QDateTime::currentDateTimeUtc()));
}

bool AppController::modeNeedsPin(const QString &key) const
{
    const auto mode = modeFromKey(key);
    if (!mode || *mode == m_mode) {
        return false;
    }
    return m_mode == Mode::SelfService || *mode == Mode::Mediator || (*mode == Mode::SelfService && !m_pin.hasPin());
}

QString AppController::enterModeWithPin(const QString &key, const QString &pin)
{
    const auto mode = modeFromKey(key);
    if (!mode) {
        return tr("Ce mode n'existe pas.");
    }
    if (!modeNeedsPin(key)) {
        setMode(*mode);
        return {};
    }
    switch (m_pin.verify(pin, QDateTime::currentDateTimeUtc())) {
    case PinLock::Result::Accepted:
        // A mediator who unlocked a kiosk leaves it locked again on the way out.
        m_modeBeforeMediator = *mode == Mode::Mediator && m_mode == Mode::SelfService ? Mode::SelfService : Mode::Accompanied;
        setMode(*mode);
        return {};
    case PinLock::Result::NoPin:
        return tr("Choisissez d'abord un code médiateur.");
    case PinLock::Result::LockedOut:
        return tr("Trop d'essais. Réessayez dans %n seconde(s).", nullptr, pinSecondsLocked());
    case PinLock::Result::Wrong:
        break;
    }
    if (pinSecondsLocked() > 0) {
        return tr("Code faux. Trop d'essais : réessayez dans %n seconde(s).", nullptr, pinSecondsLocked());
    }
    return tr("Code faux. Essais restants avant blocage : %n", nullptr, std::max(1, 5 - m_pin.failures() % 5));
}

QString AppController::choosePin(const QString &pin, const QString &confirmation)
{
    // Changing a PIN is for the mediator; the first one can be chosen by whoever sets the tablet up.
    if ((m_pin.hasPin() && m_mode != Mode::Mediator) || m_mode == Mode::SelfService) {
        return tr("Seul l'espace médiateur peut changer le code.");
    }
    switch (checkNewPin(pin)) {
    case PinProblem::None:
        break;
    case PinProblem::TooShort:
    case PinProblem::TooLong:
    case PinProblem::NotDigits:
        return tr("Le code a de 4 à 8 chiffres.");
    case PinProblem::TooSimple:
        return tr("Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.");
    }
    if (pin != confirmation) {
        return tr("Les deux codes ne sont pas les mêmes. Recommencez.");
    }
    if (m_pin.setPin(pin) != PinProblem::None) {
        return tr("Le code n'a pas pu être enregistré.");
    }
    m_settings->sync();
    Q_EMIT pinChanged();
    return {};
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

void AppController::setHighContrast(bool on)
{
    if (m_highContrast == on) {
        return;
    }
    m_highContrast = on;
    applyColors();
    saveSettings();
    Q_EMIT settingsChanged();
}

void AppController::applyColors()
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
    // Leaving the kiosk: the kiosk person's text size, contrast and reading
    // choices were never the mediator's; the saved ones come back before
    // anything is saved.
    resetForNextPerson();
    m_mode = mode;
    saveSettings();
    updateIdle();
    Q_EMIT modeChanged();
}

bool AppController::enterMode(const QString &key)
{
    const auto mode = modeFromKey(key);
    if (!mode || modeNeedsPin(key)) {
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
    installTranslation();
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

void AppController::installTranslation()
{
    // The interface: French is the source (its translation holds its plural
    // forms); other languages come from their translation.
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    const QString base = m_language == QStringLiteral("prs") ? QStringLiteral("fa") : m_language.section(u'-', 0, 0);
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/pasapas_") + base)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (base != QStringLiteral("fr")) {
        qCInfo(lcApp, "no interface translation for %s; the interface stays in French", qPrintable(m_language));
    }
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

void AppController::finishForNextPerson()
{
    endSession();
    resetForNextPerson();
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
    updateIdle();
    if (m_session) {
        setWipeNotice(false);
    }
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

QString AppController::printDocument(const QUrl &document)
{
    // Only a file of the running session's folder.
    if (!m_session || !document.isLocalFile() || QFileInfo(document.toLocalFile()).absolutePath() != QFileInfo(m_session->documentsFolder()).absoluteFilePath()) {
        return tr("Ce document n'est pas de cette session.");
    }
    return pasapas::printDocument(document.toLocalFile());
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
