// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "application.h"
#include "localization.h"
#include "testsupport.h"

#include <QStandardPaths>

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

/// Gives the QML tests the same style and application objects as the app.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        pasapas::setupApplicationIdentity();
        // Settings of a test, never the machine's.
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<pasapas::Application>(pasapas::CommandLine{});
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Live language switching retranslates this engine.
        m_app->localization()->setQmlEngine(engine);
    }
    void cleanupTestCase()
    {
        m_app->localization()->setLanguage(QStringLiteral("fr"));
        m_app.reset();
    }

private:
    std::unique_ptr<pasapas::Application> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(pasapas, Setup)
#include "tst_qml.moc"
