// SPDX-License-Identifier: GPL-3.0-or-later
// The on-screen keyboard of a tablet with no keyboard (pasapas --keyboard;
// here QT_IM_MODULE=qtvirtualkeyboard, as --keyboard sets it): a tap in a
// practice site's field brings it up in the window, under the page; its
// keys, tapped one by one, type into the site's field (read back by the
// test only); French AZERTY first, and the person's script one tap away.
// Screenshots: build/screenshots/keyboard-{fr,ar}.png, keyboard-ar-script.png.
#include "application.h"
#include "guisupport.h"
#include "localization.h"
#include "sessiondriver.h"

#include <QQmlExtensionPlugin>
#include <QTest>
#include <QInputMethod>
#include <QGuiApplication>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

class KeyboardTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

    [[nodiscard]] QQuickItem *panel() const
    {
        return test::findItem(window()->contentItem(), u"keyboardPanel"_s);
    }

    /// A key of the keyboard on screen, by what it types ("a", "ض").
    [[nodiscard]] QQuickItem *key(const QString &text) const
    {
        return test::findItemWhere(
            panel(),
            [&](QQuickItem *item) {
                return item->property("functionKey").isValid() && !item->property("functionKey").toBool() && item->property("text").toString() == text
                    && item->width() > 0;
            },
            true);
    }

    /// The key that changes the keyboard's language (a globe).
    [[nodiscard]] QQuickItem *languageKey() const
    {
        return test::findItemWhere(
            panel(),
            [&](QQuickItem *item) {
                return QByteArray(item->metaObject()->className()).startsWith("ChangeLanguageKey") && item->width() > 0;
            },
            true);
    }

    bool tapKeys(const QString &text) const
    {
        for (const QChar c : text) {
            QQuickItem *found = key(QString(c));
            if (!found) {
                qWarning("no key \"%s\" on the keyboard", qPrintable(QString(c)));
                return false;
            }
            test::tapCentre(window(), found);
            QTest::qWait(30); // a finger's pace: the key's own press and release
        }
        return true;
    }

    [[nodiscard]] bool keyboardUp() const
    {
        return panel() && panel()->property("active").toBool() && panel()->isVisible();
    }

    [[nodiscard]] QString fieldValue() const
    {
        // The test reads the page; the app never does.
        return test::runJavaScript(webView(), u"document.activeElement ? document.activeElement.value : ''"_s).toString();
    }

    QPointingDevice *m_finger = QTest::createTouchDevice();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Localization::onScreenKeyboard());
        QVERIFY(startApp());
        // The keyboard serves the window that has the focus, as the only window of a tablet does.
        window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QVERIFY(panel());
        QVERIFY(!keyboardUp()); // nothing to type yet: the whole screen for the page
    }

    void typesIntoTheSiteThroughTheKeyboard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void typesIntoTheSiteThroughTheKeyboard()
    {
        QFETCH(QString, language);
        controller()->localization()->setLanguage(language);
        QVERIFY(start(u"practice-cv"_s));
        // A finger's tap (the browser brings up a keyboard for a touch, not for a mouse click).
        QVERIFY(waitShowing(u"nom"_s) && waitSettled());
        const QPoint field = targetCentre();
        QTest::touchEvent(window(), m_finger).press(0, field, window());
        QTest::touchEvent(window(), m_finger).release(0, field, window());
        QTRY_VERIFY_WITH_TIMEOUT(keyboardUp(), 10000);
        // The page makes room: the window's content ends where the keyboard begins.
        const QRectF keys = panel()->mapRectToScene(QRectF(0, 0, panel()->width(), panel()->height()));
        QVERIFY2(keys.height() >= 200 && keys.bottom() <= window()->height() + 1, qPrintable(u"%1"_s.arg(keys.height())));
        QTRY_VERIFY(webView()->mapRectToScene(QRectF(0, 0, webView()->width(), webView()->height())).bottom() <= keys.top() + 1);
        // ... and the field being typed in is in view above the keyboard.
        QTRY_VERIFY(test::runJavaScript(webView(), u"(function(){const r=document.activeElement.getBoundingClientRect();return r.top>=0&&r.bottom<=innerHeight;})()"_s).toBool());

        // French AZERTY, whatever the interface language: A and Z start the top row, W is below Q.
        QQuickItem *a = nullptr;
        QTRY_VERIFY((a = key(u"a"_s)));
        QQuickItem *z = key(u"z"_s);
        QQuickItem *q = key(u"q"_s);
        QQuickItem *w = key(u"w"_s);
        QVERIFY(z && q && w);
        QCOMPARE(a->mapToScene({}).y(), z->mapToScene({}).y());
        QVERIFY(w->mapToScene({}).y() > q->mapToScene({}).y() && q->mapToScene({}).y() > a->mapToScene({}).y());
        for (QQuickItem *k : {a, z, q, w}) {
            QVERIFY2(k->height() >= 48, qPrintable(u"%1 px"_s.arg(k->height())));
        }
        QVERIFY(test::saveScreenshot(window(), u"keyboard-%1.png"_s.arg(language), webView()));

        QVERIFY(tapKeys(u"dupont"_s));
        QTRY_COMPARE(fieldValue().toLower(), u"dupont"_s);

        if (language == u"ar"_s) {
            // The person's own script, one tap away: the globe key.
            QQuickItem *globe = languageKey();
            QVERIFY(globe && globe->height() >= 48);
            test::tapCentre(window(), globe);
            // Two layouts: the keyboard lists them by their own names.
            QQuickItem *arabic = nullptr;
            QTRY_VERIFY(arabic = test::findItemWhere(
                            panel(),
                            [](QQuickItem *i) {
                                return i->objectName().isEmpty() && i->property("text").toString() == u"العربية"_s;
                            },
                            true));
            QVERIFY(test::saveScreenshot(window(), u"keyboard-ar-languages.png"_s, webView()));
            test::tapCentre(window(), arabic);
            QTRY_VERIFY_WITH_TIMEOUT(key(u"ض"_s), 5000);
            QVERIFY(test::saveScreenshot(window(), u"keyboard-ar-script.png"_s, webView()));
            QVERIFY(tapKeys(u"سلام"_s));
            QTRY_VERIFY(fieldValue().endsWith(u"سلام"_s));
        }
        controller()->sessions()->end();
        QTRY_VERIFY(!keyboardUp());
    }

    /// A password is typed on the tablet too (Qt WebEngine used to keep
    /// input methods away from password fields).
    void aPasswordFieldToo()
    {
        controller()->localization()->setLanguage(u"fr"_s);
        QVERIFY(start(u"practice-courriel-creer"_s));
        QVERIFY(tap(u"creer-adresse"_s));
        QVERIFY(waitShowing(u"prenom"_s) && waitSettled());
        const QPoint field = elementCentre(u"#mot-de-passe"_s);
        QVERIFY(!field.isNull());
        QTest::touchEvent(window(), m_finger).press(0, field, window());
        QTest::touchEvent(window(), m_finger).release(0, field, window());
        QTRY_VERIFY_WITH_TIMEOUT(keyboardUp(), 10000);
        QVERIFY(tapKeys(u"secret"_s));
        QTRY_COMPARE(test::runJavaScript(webView(), u"document.getElementById('mot-de-passe').value"_s).toString().toLower(), u"secret"_s);
        controller()->sessions()->end();
        QTRY_VERIFY(!keyboardUp());
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(KeyboardTest)
#include "tst_keyboard.moc"
