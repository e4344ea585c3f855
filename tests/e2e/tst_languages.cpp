// SPDX-License-Identifier: GPL-3.0-or-later
// Languages as a person meets them: switching at any moment without a
// restart, Arabic mirrored, text at 100% and 200% not cut, every control at
// least 48 px with an accessible name. Screenshots of the home, catalog and
// session screens in French, Arabic and Ukrainian at both sizes:
// build/screenshots/{home,catalog,session}-LANG-SIZE.png; and of the
// settings, language, PIN and mediator screens, reached with the header's
// buttons: build/screenshots/{settings,language,pin,mediator}-LANG-SIZE.png.
// Page headers are checked too. Words stay whole: no line of a visible text
// ends inside a word or runs wider than its box (laid out with QTextLayout
// as the text item lays itself out), in fr, ar, fa, uk, ru and tr.
#include "appcontroller.h"
#include "application.h"
#include "guisupport.h"
#include "sessioncontroller.h"
#include "sessiondriver.h"
#include "sessionengine.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QTextDocument>
#include <QTextLayout>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

/// The moves of a person come from the session fixture (tests/sessiondriver.h).
class LanguagesTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private:
    QQuickItem *header() const
    {
        return currentPage()->property("globalToolBarItem").value<QQuickItem *>();
    }

    /// Taps the header's button for the page action of that name.
    void tapHeaderAction(const QString &actionName)
    {
        QQuickItem *button = nullptr;
        QTRY_VERIFY2((button = test::findItem(header(), actionName + u"Button"_s)) && button->isVisible(), qPrintable(u"no header button for "_s + actionName));
        test::tapCentre(window(), button);
    }

    /// Goes back with the header's back button.
    void tapBack()
    {
        // Where the button is once the header is laid out (a language
        // switch has just mirrored it, perhaps).
        QVERIFY(test::waitForFrame(window(), 2000));
        QQuickItem *back = test::findItem(header(), u"headerBack"_s);
        QVERIFY(back && back->isVisible());
        test::tapCentre(window(), back);
    }

    static QString suffixOf(const QString &language, double scale)
    {
        return u"%1-%2"_s.arg(language).arg(int(scale * 100));
    }

    /// Switches language and text size live, and waits for the home screen.
    void homeIn(const QString &language, double scale)
    {
        controller()->localization()->setLanguage(language);
        controller()->appearance()->setTextScale(scale);
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(pageInPlace());
    }

    /// Every visible control of the page and of its header: at least 48 px
    /// high and wide, with an accessible name; every text inside the
    /// window's width.
    void checkPage(QQuickItem *page, const QString &where)
    {
        // As when a screen reader is switched on: Qt Quick controls hand
        // their names to accessibility then (without one, Qt keeps them back).
        QAccessible::setActive(true);
        // Layouts are polished before a frame is drawn: check what is drawn.
        QVERIFY(test::waitForFrame(window(), 2000));
        checkItems(page, where);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto *header = page->property("globalToolBarItem").value<QQuickItem *>();
        QVERIFY2(header && header->isVisible() && header->height() >= 48, qPrintable(where + u": no header, or a header under 48 px"_s));
        // The header lays its buttons out again at start and when the text
        // size changes; for a moment, some may wait in Kirigami's small
        // overflow button. (One that stays fails below.)
        (void)QTest::qWaitFor(
            [&] {
                return !hasUnfitButton(header);
            },
            5000);
        checkItems(header, where + u" (header)"_s);
    }

    /// A switch drawn inside a row that is itself the control (a FormCard
    /// switch row): hidden from accessibility, tapped through its row.
    static bool isPartOfALargerControl(QQuickItem *button)
    {
        const auto children = button->children();
        const bool ignored = std::any_of(children.cbegin(), children.cend(), [](QObject *child) {
            return child->inherits("QQuickAccessibleAttached") && child->property("ignored").toBool();
        });
        for (QQuickItem *up = button->parentItem(); ignored && up; up = up->parentItem()) {
            if (up->inherits("QQuickAbstractButton") && up->height() >= 48 && up->width() >= 48) {
                return true;
            }
        }
        return false;
    }

    /// A button on screen under 48 px or without a name, inside root.
    static bool hasUnfitButton(QQuickItem *root)
    {
        return test::findItemWhere(
            root,
            [](QQuickItem *it) {
                QAccessibleInterface *accessible = it->inherits("QQuickAbstractButton") ? QAccessible::queryAccessibleInterface(it) : nullptr;
                return it->inherits("QQuickAbstractButton") &&
                    (!accessible || accessible->text(QAccessible::Name).isEmpty() || it->width() < 48 || it->height() < 48);
            },
            true);
    }

    static void layOut(QTextLayout &layout, QTextOption::WrapMode wrap, qreal width)
    {
        QTextOption option;
        option.setWrapMode(wrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
        }
        layout.endLayout();
    }

    /// What is wrong with how a text item breaks its lines, or nothing: a
    /// line that ends inside a word ("працевлаштуванн" / "я"), or a word
    /// wider than the box (a text that shrinks to fit does not). Lines as
    /// the item's own layout makes them: same text, font, width and wrapping.
    static QString brokenWord(QQuickItem *item)
    {
        QString text = item->property("text").toString();
        const int wrap = item->property("wrapMode").toInt();
        const qreal width = item->width() - item->property("leftPadding").toReal() - item->property("rightPadding").toReal();
        // (Wrapping anywhere is asked for on purpose: addresses, keys.)
        if (text.isEmpty() || wrap == QTextOption::NoWrap || wrap == QTextOption::WrapAnywhere || width <= 0 ||
            item->property("elide").toInt() != Qt::ElideNone) {
            return {};
        }
        const int format = item->property("textFormat").toInt(); // Qt::TextFormat, and 4: Text.StyledText
        if (format == Qt::RichText || format == 4 || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
            QTextDocument document;
            document.setHtml(text);
            text = document.toPlainText();
        }
        QTextLayout layout(text, item->property("font").value<QFont>());
        layOut(layout, QTextOption::WrapMode(wrap), width);
        const auto inWord = [](QChar c) {
            return c.isLetterOrNumber() || c.isMark();
        };
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            const int end = line.textStart() + line.textLength();
            const QString shown = text.mid(line.textStart(), line.textLength()).trimmed();
            if (end > 0 && end < text.size() && inWord(text.at(end - 1)) && inWord(text.at(end))) {
                return u"a line ends inside a word: \"%1\" / \"%2\""_s.arg(shown, text.mid(end).section(u' ', 0, 0));
            }
            if (line.naturalTextWidth() > width + 1) {
                return u"\"%1\" is %2 px wide in a box of %3 px"_s.arg(shown).arg(line.naturalTextWidth()).arg(width);
            }
        }
        return {};
    }

    void checkItems(QQuickItem *root, const QString &where)
    {
        QList<QQuickItem *> stack{root};
        const qreal width = window()->width();
        while (!stack.isEmpty()) {
            QQuickItem *it = stack.takeLast();
            if (!it->isVisible() || it->opacity() == 0) {
                continue;
            }
            const auto children = it->childItems();
            stack.append(children);
            const QRectF r = it->mapRectToScene(QRectF(0, 0, it->width(), it->height()));
            if (it->inherits("QQuickAbstractButton") && r.intersects(QRectF(0, 0, width, window()->height())) && !isPartOfALargerControl(it)) {
                QVERIFY2(it->height() >= 48 && it->width() >= 48,
                    qPrintable(u"%1: %2 \"%3\" is %4×%5"_s.arg(where, QString::fromLatin1(it->metaObject()->className()), it->property("text").toString())
                                   .arg(it->width())
                                   .arg(it->height())));
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(it);
                QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(),
                    qPrintable(u"%1: a %2 at %3,%4 has no accessible name"_s.arg(where, QString::fromLatin1(it->metaObject()->className())).arg(r.x()).arg(r.y())));
            }
            if (it->inherits("QQuickText") && it->property("truncated").toBool() && it->property("maximumLineCount").toInt() > 1000) {
                QFAIL(qPrintable(u"%1: text \"%2\" is cut (%3×%4 for %5×%6)"_s.arg(where, it->property("text").toString().left(40))
                                     .arg(it->width())
                                     .arg(it->height())
                                     .arg(it->implicitWidth())
                                     .arg(it->implicitHeight())));
            }
            if (it->inherits("QQuickText")) {
                const QString broken = brokenWord(it);
                QVERIFY2(broken.isEmpty(), qPrintable(u"%1: %2 (font %3 px)"_s.arg(where, broken).arg(QFontInfo(it->property("font").value<QFont>()).pixelSize())));
            }
            if (it->inherits("QQuickText") && !it->property("text").toString().isEmpty() && r.width() > 0) {
                QVERIFY2(r.left() >= -1 && r.right() <= width + 1,
                    qPrintable(
                        u"%1: text \"%2\" goes out of the window (%3…%4)"_s.arg(where, it->property("text").toString().left(40)).arg(r.left()).arg(r.right())));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startApp());
        QVERIFY(pageInPlace());
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        for (const double scale : {1.0, 2.0}) {
            for (const QString &language : {u"fr"_s, u"ar"_s, u"fa"_s, u"uk"_s, u"ru"_s, u"tr"_s}) {
                QTest::addRow("%s %g", qPrintable(language), scale) << language << scale;
            }
        }
    }

    void screens()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        const QString suffix = suffixOf(language, scale);
        AppController *controller = this->controller();

        // Switched live, on the home screen.
        homeIn(language, scale);
        if (QTest::currentTestFailed()) {
            return;
        }
        const bool rtl = language == u"ar" || language == u"fa";
        QCOMPARE(QGuiApplication::layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        QQuickItem *accompanied = pageItem(u"tileAccompanied"_s);
        QQuickItem *mediator = pageItem(u"tileMediator"_s);
        QVERIFY(accompanied && mediator);
        QTRY_VERIFY(accompanied->width() > 0);
        const QString title = accompanied->property("title").toString();
        if (language == u"fr") {
            QCOMPARE(title, u"Session accompagnée"_s);
        } else {
            QVERIFY2(title != u"Session accompagnée"_s && !title.isEmpty(), qPrintable(title));
        }
        if (window()->width() > window()->height() && scale < 1.5) {
            // Three tiles in a row: Arabic reads them from the right.
            const auto x = [](QQuickItem *tile) {
                return tile->mapToScene(QPointF(0, 0)).x();
            };
            QTRY_VERIFY2(rtl ? x(accompanied) > x(mediator) : x(accompanied) < x(mediator),
                qPrintable(u"accompanied at %1, mediator at %2"_s.arg(x(accompanied)).arg(x(mediator))));
        }
        checkPage(currentPage(), u"home "_s + suffix);
        QVERIFY(screenshot(u"home-"_s + suffix + u".png"_s));

        // The catalog (below the screen's edge with large text: scrolled to).
        test::scrollIntoView(currentPage(), accompanied);
        QVERIFY(test::waitForFrame(window(), 2000));
        test::tapCentre(window(), accompanied);
        QTRY_COMPARE(currentPage()->objectName(), u"catalogPage"_s);
        QVERIFY(pageInPlace());
        checkPage(currentPage(), u"catalog "_s + suffix);
        QVERIFY(screenshot(u"catalog-"_s + suffix + u".png"_s));

        // A session on the practice site.
        QVERIFY(start(u"practice-toucher"_s));
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"sessionPage"_s, 5000);
        QVERIFY(pageInPlace());
        SessionController *session = this->session();
        QVERIFY(waitShowing(u"bouton-1"_s));
        QQuickItem *instruction = pageItem(u"instruction"_s);
        QVERIFY(instruction);
        QCOMPARE(instruction->property("text").toString(), session->instruction());
        // Type for a tablet at arm's length: body text 18 px, the instruction
        // 26 px at 100 %, scaled from there; an instruction line holds at
        // most about 60 characters in landscape.
        const int body = QFontInfo(QGuiApplication::font()).pixelSize();
        const int instructionPixels = QFontInfo(instruction->property("font").value<QFont>()).pixelSize();
        QVERIFY2(body >= 18 * scale - 1, qPrintable(u"body text %1 px"_s.arg(body)));
        QVERIFY2(instructionPixels >= 26 * scale - 1, qPrintable(u"instruction %1 px"_s.arg(instructionPixels)));
        const qreal perLine = instruction->width() / QFontMetricsF(instruction->property("font").value<QFont>()).averageCharWidth();
        QVERIFY2(perLine <= 62, qPrintable(u"instruction lines of %1 characters"_s.arg(perLine)));
        // Every bundled guide is in every interface language: the step is in
        // the person's, never the French fallback.
        QCOMPARE(session->step().instructionIsFallback, false);
        const QString french = session->engine()->currentStep()->instruction.french();
        QVERIFY2(language == u"fr" ? session->instruction() == french : session->instruction() != french, qPrintable(session->instruction()));
        QCOMPARE(pageItem(u"frenchWords"_s)->property("text").toString(), u"« Bouton 1 »"_s);
        QVERIFY(pageInPlace());
        checkPage(currentPage(), u"session "_s + suffix);
        QVERIFY(screenshot(u"session-"_s + suffix + u".png"_s));

        controller->sessions()->end();
        QTRY_COMPARE(currentPage()->objectName(), u"catalogPage"_s);
        QMetaObject::invokeMethod(window()->property("pageStack").value<QObject *>(), "pop", Q_ARG(QVariant, QVariant()));
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
    }

    void switchingDuringASession()
    {
        AppController *controller = this->controller();
        controller->localization()->setLanguage(u"fr"_s);
        controller->appearance()->setTextScale(1.0);
        QVERIFY(start(u"practice-toucher"_s));
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"sessionPage"_s, 5000);
        QQuickItem *instruction = pageItem(u"instruction"_s);
        QTRY_COMPARE(instruction->property("text").toString(), u"Touchez le bouton « Bouton 1 »."_s);
        QQuickItem *done = pageItem(u"doneButton"_s);
        const QString doneFr = done->property("text").toString();
        controller->localization()->setLanguage(u"ar"_s);
        QTRY_COMPARE(instruction->property("text").toString(), u"المس الزر « Bouton 1 »."_s);
        QTRY_VERIFY(done->property("text").toString() != doneFr);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        // Back to French: nothing was restarted, the step is the same.
        controller->localization()->setLanguage(u"fr"_s);
        QTRY_COMPARE(done->property("text").toString(), doneFr);
        QCOMPARE(session()->stepId(), u"bouton-1"_s);
        // The header's back button ends the session, as Quit does (through
        // the warning when documents would be lost), and the home screen
        // comes back.
        // (The page row slides back into place after the switch.)
        QVERIFY(pageInPlace());
        tapBack();
        // (Looked up afresh each time: the page goes with the session.)
        const auto confirm = [&]() -> QQuickItem * {
            QQuickItem *button = test::findItem(window()->contentItem(), u"wipeConfirm"_s);
            return button && button->isVisible() ? button : nullptr;
        };
        if (QTest::qWaitFor(
                [&] {
                    return !session() || confirm();
                },
                2000) &&
            session()) {
            test::tapCentre(window(), confirm());
        }
        QTRY_VERIFY(!session());
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
    }

    void otherScreens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::addRow("fr 1") << u"fr"_s << 1.0;
        QTest::addRow("ar 2") << u"ar"_s << 2.0;
        QTest::addRow("uk 2") << u"uk"_s << 2.0;
    }

    /// The settings, the language picker, the PIN pad and the mediator's
    /// space, reached by touch as a person would, with the header's own
    /// buttons (back included).
    void otherScreens()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        const QString suffix = suffixOf(language, scale);
        AppController *controller = this->controller();
        homeIn(language, scale);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY2(!test::findItem(header(), u"headerBack"_s)->isVisible(), "no way back from the home screen");

        const struct {
            QString action;
            QString page;
        } fromHeader[] = {{u"settingsAction"_s, u"settingsPage"_s}, {u"languageAction"_s, u"languagePage"_s}};
        for (const auto &to : fromHeader) {
            tapHeaderAction(to.action);
            QTRY_COMPARE(currentPage()->objectName(), to.page);
            QVERIFY(pageInPlace());
            checkPage(currentPage(), to.page + u' ' + suffix);
            QVERIFY(screenshot(to.page.chopped(4) + u'-' + suffix + u".png"_s));
            tapBack();
            QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
            QVERIFY(pageInPlace());
        }

        // The PIN pad, then the mediator's space.
        if (!controller->kiosk()->hasPin()) {
            QCOMPARE(controller->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        }
        test::scrollIntoView(currentPage(), pageItem(u"tileMediator"_s));
        QVERIFY(test::waitForFrame(window(), 2000));
        test::tapCentre(window(), pageItem(u"tileMediator"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(pageInPlace());
        checkPage(currentPage(), u"PIN "_s + suffix);
        QVERIFY(screenshot(u"pin-"_s + suffix + u".png"_s));
        typePin(u"2468"_s);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"mediatorPage"_s, 5000);
        QVERIFY(pageInPlace());
        checkPage(currentPage(), u"mediator "_s + suffix);
        QVERIFY(screenshot(u"mediator-"_s + suffix + u".png"_s));
        QQuickItem *hosts = pageItem(u"globalHosts"_s);
        QVERIFY(hosts && hosts->height() >= 48);
        tapBack();
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QTRY_COMPARE(modeKey(controller->kiosk()->mode()), u"accompanied"_s);
        QVERIFY(pageInPlace());
    }

    void highContrast()
    {
        // The whole interface turns white on black, live, in both directions of writing.
        AppController *controller = this->controller();
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        const auto background = [&] {
            // Below the tiles and left of the centre: only the page's background.
            const QImage image = window()->grabWindow();
            return image.pixelColor(QPoint(image.width() / 4, image.height() - image.height() / 12));
        };
        QVERIFY2(background().lightness() > 180, qPrintable(background().name()));
        for (const QString &language : {u"fr"_s, u"ar"_s}) {
            controller->localization()->setLanguage(language);
            controller->appearance()->setHighContrast(true);
            QTRY_VERIFY2(background().lightness() < 30, qPrintable(background().name()));
            QVERIFY(pageInPlace());
            checkPage(currentPage(), u"home high contrast "_s + language);
            QVERIFY(screenshot(u"home-contrast-"_s + language + u".png"_s));
            controller->appearance()->setHighContrast(false);
            QTRY_VERIFY2(background().lightness() > 180, qPrintable(background().name()));
        }
        controller->localization()->setLanguage(u"fr"_s);
    }

    /// Kirigami's header button for the actions with no room says its name
    /// in the person's language, not in Kirigami's English.
    void kirigamiWordsInTheLanguage()
    {
        const QHash<QString, QString> expected{{u"fr"_s, u"Plus de choix"_s}, {u"ar"_s, u"خيارات أخرى"_s}, {u"uk"_s, u"Більше дій"_s}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            controller()->localization()->setLanguage(it.key());
            QCOMPARE(QCoreApplication::translate("ActionToolBar", "More Actions"), it.value());
        }
        QCOMPARE(QCoreApplication::translate("ActionToolBar", "Other words"), u"Other words"_s); // nothing else is taken over
        controller()->localization()->setLanguage(u"fr"_s);
    }

    void keyboardOnly()
    {
        // Without touching the screen: Tab to a way in, Space to open it.
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(pageInPlace());
        QQuickItem *tile = pageItem(u"tileAccompanied"_s);
        QVERIFY(tile);
        for (int i = 0; i < 12 && !tile->hasActiveFocus(); ++i) {
            QTest::keyClick(window(), Qt::Key_Tab);
        }
        QVERIFY2(tile->hasActiveFocus(), "the accompanied tile is reachable with Tab");
        QTest::keyClick(window(), Qt::Key_Space);
        QTRY_COMPARE(currentPage()->objectName(), u"catalogPage"_s);
        QCOMPARE(modeKey(controller()->kiosk()->mode()), u"accompanied"_s);
        QMetaObject::invokeMethod(window()->property("pageStack").value<QObject *>(), "pop", Q_ARG(QVariant, QVariant()));
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
    }

    void cleanupTestCase()
    {
        controller()->appearance()->setTextScale(1.0);
        stopApp();
    }
};

// Private folders: the PIN chosen here stays here.
PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(LanguagesTest)
#include "tst_languages.moc"
