// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "application.h"
#include "testsupport.h"

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
        m_controller = std::make_unique<pasapas::AppController>(pasapas::Mode::Accompanied);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Live language switching retranslates this engine.
        m_controller->setQmlEngine(engine);
    }
    void cleanupTestCase()
    {
        m_controller->setLanguage(QStringLiteral("fr"));
        m_controller.reset();
    }

private:
    std::unique_ptr<pasapas::AppController> m_controller;
};

QUICK_TEST_MAIN_WITH_SETUP(pasapas, Setup)
#include "tst_qml.moc"
