// SPDX-License-Identifier: GPL-3.0-or-later
// Taking over and handing back in an accompanied practice session, by
// touch: "Je prends la main", a jump in the step list, Skip onto a
// sensitive step (a password), the mediator asked to hand back, the
// person's "Tapez vous-même" screen; the journal counts the take-over.
// Screenshots: build/screenshots/takeover-{card,handback,private}-{fr,ar}.png.
#include "application.h"
#include "guisupport.h"
#include "journal.h"
#include "sessiondriver.h"

#include <QQmlExtensionPlugin>
#include <QSqlQuery>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

class TakeoverTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

    /// Taps a visible item of the session page (or the window), once it is there.
    void tapItem(const QString &name)
    {
        QQuickItem *found = nullptr;
        QTRY_VERIFY2((found = item(name)) && found->isVisible() && found->height() >= 48, qPrintable(name));
        QVERIFY(test::waitInPlace(window(), found));
        test::tapCentre(window(), found);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startApp());
    }

    void takeOverJumpAndHandBackOnASensitiveStep_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void takeOverJumpAndHandBackOnASensitiveStep()
    {
        QFETCH(QString, language);
        controller()->localization()->setLanguage(language);
        QVERIFY(start(u"practice-courriel-creer"_s));
        QVERIFY(waitShowing(u"creer-adresse"_s));
        Takeover *takeover = session()->takeover();

        tapItem(u"takeOverActionButton"_s);
        QTRY_VERIFY(takeover->isActive());
        QTRY_VERIFY(shows(u"takeoverCard"_s));
        QVERIFY(!item(u"stuckButton"_s)->isVisible()); // the person's card is away
        QVERIFY(screenshot(u"takeover-card-%1.png"_s.arg(language)));

        // Jump to step 4 in the list, then skip it: step 5 is a password.
        tapItem(u"takeoverStep4"_s);
        QTRY_COMPARE(session()->step().number, 4);
        QCOMPARE(session()->stepId(), u"adresse"_s);
        tapItem(u"takeoverSkip"_s);
        QTRY_COMPARE(session()->stepId(), u"mot-de-passe"_s);
        QVERIFY(session()->step().sensitive);

        // The mediator is asked to hand back; the person is told to type alone.
        QTRY_VERIFY(takeover->handBackAsked());
        QTRY_VERIFY(shows(u"handBackNotice"_s));
        QVERIFY(screenshot(u"takeover-handback-%1.png"_s.arg(language)));
        tapItem(u"handBackNoticeButton"_s);
        QTRY_VERIFY(!takeover->isActive());
        QTRY_VERIFY(shows(u"privateTypingNotice"_s));
        QVERIFY(!shows(u"handBackNotice"_s));
        QVERIFY(screenshot(u"takeover-private-%1.png"_s.arg(language)));
        tapItem(u"privateTypingOk"_s);
        QTRY_VERIFY(!shows(u"privateTypingNotice"_s));
        QTRY_VERIFY(item(u"stuckButton"_s)->isVisible());
        QCOMPARE(session()->stepId(), u"mot-de-passe"_s); // the person does the secret step

        controller()->sessions()->end();
        QSqlQuery query(app()->journal()->database());
        QVERIFY(query.exec(u"SELECT takeovers, stop_step FROM sessions ORDER BY id DESC LIMIT 1"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 5);
        controller()->localization()->setLanguage(u"fr"_s);
    }

    /// In the kiosk: no take-over, and only a mediator (the PIN) stops a help call's signal.
    void selfServiceHasNoTakeOverAndHelpNeedsThePin()
    {
        QCOMPARE(controller()->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        QVERIFY(controller()->kiosk()->enterMode(Mode::SelfService));
        QVERIFY(start(u"practice-courriel-creer"_s));
        QVERIFY(waitShowing(u"creer-adresse"_s));
        QQuickItem *action = item(u"takeOverActionButton"_s);
        QVERIFY(!action || !action->isVisible());

        tapItem(u"stuckButton"_s);
        QTRY_VERIFY(session()->helpCalled());
        tapItem(u"answerHelp"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(session()->helpCalled());
        QVERIFY(pageInPlace());
        typePin(u"1357"_s); // wrong: the signal stays
        QTRY_VERIFY(!pageItem(u"pinMessage"_s)->property("text").toString().isEmpty());
        QVERIFY(session()->helpCalled());
        typePin(u"2468"_s);
        QTRY_VERIFY(!session()->helpCalled());
        QTRY_COMPARE(currentPage()->objectName(), u"sessionPage"_s);
        QCOMPARE(controller()->kiosk()->mode(), Mode::SelfService); // still a kiosk
        controller()->sessions()->end();
        QSqlQuery query(app()->journal()->database());
        QVERIFY(query.exec(u"SELECT mode, help_calls, takeovers FROM sessions ORDER BY id DESC LIMIT 1"_s) && query.next());
        QCOMPARE(query.value(0).toString() + u' ' + query.value(1).toString() + u' ' + query.value(2).toString(), u"self-service 1 0"_s);
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(TakeoverTest)
#include "tst_takeover.moc"
