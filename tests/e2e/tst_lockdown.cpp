// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk lock-down, tried as a curious visitor would: every way out of
// the guided site on one practice page (tests/data/kiosk-site), with the
// real Qt WebEngine. Each row taps, types, drops or scripts one way out and
// checks that the navigation did not happen (the other site got no request,
// the page is still the guide's) and that the friendly message appeared.
#include "appcontroller.h"
#include "application.h"
#include "commandline.h"
#include "guisupport.h"
#include "navigationpolicy.h"
#include "practiceserver.h"
#include "sessioncontroller.h"
#include "sessiondriver.h"

#include <QDropEvent>
#include <QMimeData>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpSocket>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
/// A debugging port the environment asks for; the app must not open it.
constexpr quint16 debuggingPort = 47913;
} // namespace

/// The moves of a person come from the session fixture (tests/sessiondriver.h).
class LockdownTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private:
    int m_visit = 0;

    QUrl practiceUrl(const QString &site, const QString &path) const
    {
        return app()->practiceServer()->resolve(QUrl(u"http://%1.localhost%2"_s.arg(site, path)));
    }

    /// Opens the page of ways out afresh (a new address each time, so that
    /// the old page cannot pass for the new one), with no message up.
    bool openExits()
    {
        session()->lockdown()->dismiss();
        QUrl url = practiceUrl(u"emploi"_s, u"/sorties"_s);
        url.setQuery(u"essai=%1"_s.arg(++m_visit));
        return openPage(url, u"!!document.getElementById('titre')"_s);
    }

    /// Taps (or long-presses, with the right button) a page element by its id.
    void tapElement(const QString &id, Qt::MouseButton button = Qt::LeftButton)
    {
        const QPoint at = elementCentre(u'#' + id);
        QVERIFY2(!at.isNull(), qPrintable(u"no element "_s + id));
        QTest::mouseClick(window(), button, {}, at);
    }

    /// Taps an element of the page's same-site frame (#cadre-liens) by its
    /// id, once the frame's page is loaded and the element stays in place.
    void tapInFrame(const QString &id)
    {
        const QPoint at = elementCentre(u"#"_s + id, u"#cadre-liens"_s);
        QVERIFY2(!at.isNull(), qPrintable(u"no element "_s + id + u" in the frame"_s));
        QTest::mouseClick(window(), Qt::LeftButton, {}, at);
    }

    void drop(const QMimeData &data)
    {
        const QPointF at = webView()->mapToScene(QPointF(webView()->width() / 2, webView()->height() / 2));
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window(), &enter);
        QDropEvent dropEvent(at, Qt::CopyAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window(), &dropEvent);
    }

    /// The share of the frame's area painted in the friendly page's
    /// background colour (the frame's content cannot be read across sites).
    double friendlyShareOfFrame()
    {
        const QVariantMap r = test::runJavaScript(webView(),
                                                  u"(function () { const f = document.querySelector('#cadres iframe'); if (!f) return {};"
                                                  " f.scrollIntoView({block: 'center'}); const r = f.getBoundingClientRect();"
                                                  " return {x: r.x, y: r.y, w: r.width, h: r.height}; })()"_s)
                                  .toMap();
        if (r.isEmpty()) {
            return 0;
        }
        const qreal zoom = webView()->property("zoomFactor").toReal();
        const QImage image = window()->grabWindow();
        const qreal dpr = image.devicePixelRatio();
        const QPointF topLeft = webView()->mapToScene(QPointF(r.value(u"x"_s).toReal() * zoom, r.value(u"y"_s).toReal() * zoom));
        const QRect area = QRectF(topLeft * dpr, QSizeF(r.value(u"w"_s).toReal(), r.value(u"h"_s).toReal()) * zoom * dpr).toRect().adjusted(6, 6, -6, -6);
        int friendly = 0;
        int all = 0;
        for (int y = area.top(); y < area.bottom(); y += 3) {
            for (int x = area.left(); x < area.right(); x += 3) {
                const QColor c = image.pixelColor(x, y);
                friendly += (c.red() > 245 && c.green() > 238 && c.green() < 252 && c.blue() > 215 && c.blue() < 235) ? 1 : 0;
                ++all;
            }
        }
        return all ? double(friendly) / all : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        CommandLine commandLine;
        commandLine.guideDirs = {test::testData(u"kiosk-guides"_s)};
        QVERIFY(startApp(commandLine, test::testData(u"kiosk-site"_s)));
        QVERIFY(start(u"kiosk-test"_s));
        QVERIFY(openExits());
    }

    void vectors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("reason");

        // Other sites, by every road.
        QTest::newRow("tap a link to another site") << u"tap:lien-autre-site"_s << u"other-site"_s;
        QTest::newRow("script sets location to another site") << u"tap:bouton-location"_s << u"other-site"_s;
        QTest::newRow("script replaces location with another site") << u"tap:bouton-replace"_s << u"other-site"_s;
        QTest::newRow("script on a timer goes to another site") << u"tap:bouton-minuteur"_s << u"other-site"_s;
        QTest::newRow("form posted to another site") << u"tap:envoyer-autre"_s << u"other-site"_s;
        QTest::newRow("allowed site redirects to another site") << u"tap:envoyer-redirection"_s << u"other-site"_s;
        QTest::newRow("meta refresh to another site") << u"tap:lien-rafraichir"_s << u"other-site"_s;
        QTest::newRow("pop-up window to another site") << u"tap:bouton-popup"_s << u"other-site"_s;
        QTest::newRow("target=_blank link to another site") << u"tap:lien-blank-autre"_s << u"other-site"_s;
        QTest::newRow("iframe from another site") << u"frame:bouton-cadre"_s << u"other-site"_s;
        // Addresses that are not web pages.
        QTest::newRow("pop-up with a javascript: address") << u"tap:bouton-popup-js"_s << u"forbidden-address"_s;
        QTest::newRow("pop-up with a data: address") << u"tap:bouton-popup-data"_s << u"forbidden-address"_s;
        QTest::newRow("link to a file: address") << u"tap:lien-fichier"_s << u"forbidden-address"_s;
        QTest::newRow("link to a data: page") << u"tap:lien-data"_s << u"forbidden-address"_s;
        QTest::newRow("link to view-source:") << u"tap:lien-source"_s << u"forbidden-address"_s;
        // The browser's own pages.
        QTest::newRow("link to chrome://settings") << u"tap:lien-chrome"_s << u"browser-page"_s;
        QTest::newRow("link to chrome://gpu") << u"tap:lien-gpu"_s << u"browser-page"_s;
        QTest::newRow("link to devtools://") << u"tap:lien-devtools"_s << u"browser-page"_s;
        QTest::newRow("link to about:version") << u"tap:lien-about"_s << u"browser-page"_s;
        // Other applications.
        QTest::newRow("mailto: link") << u"tap:lien-mailto"_s << u"external-app"_s;
        QTest::newRow("tel: link") << u"tap:lien-tel"_s << u"external-app"_s;
        QTest::newRow("sms: link") << u"tap:lien-sms"_s << u"external-app"_s;
        QTest::newRow("intent: link") << u"tap:lien-intent"_s << u"external-app"_s;
        // The same, inside a frame of the site itself.
        QTest::newRow("mailto: link in a frame") << u"inframe:cadre-mailto"_s << u"external-app"_s;
        QTest::newRow("tel: link in a frame") << u"inframe:cadre-tel"_s << u"external-app"_s;
        QTest::newRow("sms: link in a frame") << u"inframe:cadre-sms"_s << u"external-app"_s;
        QTest::newRow("file: link in a frame") << u"inframe:cadre-fichier"_s << u"forbidden-address"_s;
        // Files in and out.
        QTest::newRow("download of a program") << u"tap:lien-exe"_s << u"download"_s;
        QTest::newRow("download of a web page") << u"tap:lien-html"_s << u"download"_s;
        QTest::newRow("folder chooser") << u"tap:choisir-dossier"_s << u"file-outside-session"_s;
        QTest::newRow("drop a link into the page") << u"drop:link"_s << u"drag-drop"_s;
        QTest::newRow("drop a file into the page") << u"drop:file"_s << u"drag-drop"_s;
        // The browser's tools.
        QTest::newRow("long press menu (right button)") << u"menu:titre"_s << u"context-menu"_s;
        QTest::newRow("F12 developer tools") << u"key:F12"_s << u"dev-tools"_s;
        QTest::newRow("Ctrl+Shift+I developer tools") << u"key:Ctrl+Shift+I"_s << u"dev-tools"_s;
        QTest::newRow("Ctrl+Shift+J console") << u"key:Ctrl+Shift+J"_s << u"dev-tools"_s;
        QTest::newRow("Ctrl+U view source") << u"key:Ctrl+U"_s << u"dev-tools"_s;
        QTest::newRow("Ctrl+S save the page") << u"key:Ctrl+S"_s << u"dev-tools"_s;
    }

    void vectors()
    {
        QFETCH(QString, action);
        QFETCH(QString, reason);
        QVERIFY(openExits());
        PracticeServer *server = app()->practiceServer();
        const int otherSiteRequests = server->requestsFor(u"prestations"_s);
        const int blocks = session()->lockdown()->count();
        const int frameRefusals = session()->lockdown()->frameRefusals();
        const QString kind = action.section(u':', 0, 0);
        const QString what = action.section(u':', 1, -1);

        if (kind == u"tap" || kind == u"frame") {
            tapElement(what);
        } else if (kind == u"inframe") {
            tapInFrame(what);
        } else if (kind == u"menu") {
            tapElement(what, Qt::RightButton);
        } else if (kind == u"key") {
            const QKeySequence sequence(what);
            QTest::keySequence(window(), sequence);
        } else if (kind == u"drop") {
            QMimeData data;
            data.setUrls({what == u"link" ? practiceUrl(u"prestations"_s, u"/"_s) : QUrl::fromLocalFile(u"/etc/hostname"_s)});
            drop(data);
        }

        const BlockReason expected = blockReasonFromKey(reason);
        QVERIFY(expected != BlockReason::None);
        const QString message = SessionLockdown::message(expected);

        if (kind == u"frame") {
            // The frame shows the friendly page; the person's page stays usable.
            QTRY_VERIFY_WITH_TIMEOUT(session()->lockdown()->frameRefusals() > frameRefusals, 10000);
            // What the frame shows: the friendly page, in the session language.
            QVERIFY(QString::fromUtf8(session()->lockdown()->framePage(expected, practiceUrl(u"prestations"_s, u"/"_s))).contains(message.toHtmlEscaped()));
            const bool shown = QTest::qWaitFor(
                [&] {
                    return friendlyShareOfFrame() > 0.5;
                },
                10000);
            (void)screenshot(u"lockdown-frame.png"_s);
            QVERIFY2(shown, "the frame shows the friendly page (build/screenshots/lockdown-frame.png)");
            QVERIFY(!shows(u"blockedNotice"_s));
        } else {
            QTRY_VERIFY2_WITH_TIMEOUT(session()->lockdown()->count() > blocks, qPrintable(u"nothing refused; the page is at "_s + pageUrl().toString()), 10000);
            QCOMPARE(session()->lockdown()->reason(), expected);
            QQuickItem *notice = item(u"blockedNotice"_s);
            QVERIFY(notice && notice->isVisible());
            QCOMPARE(item(u"blockedText"_s)->property("text").toString(), message);
            QVERIFY(!message.isEmpty());
        }

        // The navigation did not happen, nor comes late: no byte went to the
        // other site, and the page is still one of the guide's sites. Nothing
        // signals a navigation that does not come: the pause is the check
        // (it ends early if the page leaves; the checks below say how).
        const auto guideSite = [&] {
            const QUrl now = pageUrl();
            return now.scheme() == u"http" && (now.host() == u"emploi.localhost" || now.host() == u"identite.localhost");
        };
        (void)test::holdsFor(
            [&] {
                return server->requestsFor(u"prestations"_s) == otherSiteRequests && guideSite();
            },
            1000);
        QCOMPARE(server->requestsFor(u"prestations"_s), otherSiteRequests);
        const QUrl now = pageUrl();
        QVERIFY2(guideSite(), qPrintable(now.toString()));
        if (kind != u"frame" && reason != u"other-site") {
            QCOMPARE(now.path(), u"/sorties"_s);
        }
        // The friendly message goes away with one tap on its button.
        if (kind != u"frame") {
            test::tapCentre(window(), item(u"blockedContinue"_s));
            QTRY_VERIFY(!shows(u"blockedNotice"_s));
        }
    }

    void allowedPopUpOpensInTheSameView()
    {
        QVERIFY(openExits());
        const int blocks = session()->lockdown()->count();
        tapElement(u"lien-blank-autorise"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pageUrl().path(), u"/autorise"_s, 10000);
        QCOMPARE(session()->lockdown()->count(), blocks);
    }

    void fileChooserOffersOnlyTheSessionDocuments()
    {
        QVERIFY(openExits());
        tapElement(u"choisir-fichier"_s);
        // Every row of the chooser is a file of the session folder, and nothing else.
        const auto offered = [&] {
            QList<QQuickItem *> rows;
            test::findItemsWhere(
                window()->contentItem(),
                [](QQuickItem *it) {
                    return it->objectName().startsWith(u"document-"_s) && it->isVisible();
                },
                rows);
            QStringList names;
            for (const QQuickItem *row : std::as_const(rows)) {
                names.append(row->objectName().mid(int(qstrlen("document-"))));
            }
            return names;
        };
        QVERIFY(session()->documents()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!offered().isEmpty(), 10000);
        QCOMPARE(offered(), session()->documents()->fileNames());
        QTest::keyClick(window(), Qt::Key_Escape);
    }

    void remoteDebuggingPortStaysClosed()
    {
        // main() asked for it through the environment, as a tinkerer would.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, debuggingPort);
        QVERIFY(!socket.waitForConnected(2000));
    }

    void friendlyMessageInTheSessionLanguage()
    {
        controller()->localization()->setLanguage(u"ar"_s);
        QVERIFY(openExits());
        const auto refused = [&] {
            return session()->lockdown()->reason() == BlockReason::OtherSite;
        };
        tapElement(u"lien-autre-site"_s);
        if (!QTest::qWaitFor(refused, 5000)) {
            // The browser may drop a tap while it lays the mirrored page out: once more.
            tapElement(u"lien-autre-site"_s);
        }
        QTRY_VERIFY_WITH_TIMEOUT(refused(), 10000);
        const QString text = item(u"blockedText"_s)->property("text").toString();
        QVERIFY2(std::any_of(text.cbegin(), text.cend(),
                             [](QChar c) {
                                 return c.script() == QChar::Script_Arabic;
                             }),
                 qPrintable(text));
        (void)screenshot(u"lockdown-blocked-ar.png"_s);
        controller()->localization()->setLanguage(u"fr"_s);
        // The notice shown follows the language: French now, not the Arabic it was.
        const auto french = [&] {
            const QString now = item(u"blockedText"_s)->property("text").toString();
            return !now.isEmpty() && now == session()->lockdown()->text() && std::none_of(now.cbegin(), now.cend(), [](QChar c) {
                return c.script() == QChar::Script_Arabic;
            });
        };
        QTRY_VERIFY2(french(), qPrintable(item(u"blockedText"_s)->property("text").toString()));
        (void)screenshot(u"lockdown-blocked-fr.png"_s);
    }

    void cleanupTestCase()
    {
        app()->endSession();
        stopApp();
    }
};

int main(int argc, char *argv[])
{
    const test::PrivateFolders folders; // never the machine's own settings
    if (!folders.isValid()) {
        return 1;
    }
    // A tinkerer's environment: the app must ignore it.
    qputenv("QTWEBENGINE_REMOTE_DEBUGGING", QByteArray::number(debuggingPort));
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray("--remote-debugging-port=" + QByteArray::number(debuggingPort)));
    return test::runAppTest<LockdownTest>(argc, argv);
}

#include "tst_lockdown.moc"
