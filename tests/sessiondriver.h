// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives a guided session as a person would: waits for the highlighted
// target, taps it with a finger, types into fields, chooses in lists, picks a
// session document when a site asks for a file, presses "C'est fait".

#include "appcontroller.h"
#include "application.h"
#include "guisupport.h"
#include "sessioncontroller.h"
#include "sessionengine.h"

#include <QGuiApplication>
#include <QMetaEnum>
#include <QHash>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cmath>
#include <memory>

namespace pasapas::test
{

class SessionDriver
{
public:
    /// A driver that starts an app of its own (startApp), for a test's whole run.
    SessionDriver() = default;
    /// A driver for an app the test holds.
    explicit SessionDriver(Application *app)
        : m_app(app)
    {
    }

    /// Starts the app as a tablet shows it: the interface loaded in a
    /// landscape window (1280×800), on screen. Guides and practice site
    /// from the command line and the folder given, if any.
    bool startApp(const CommandLine &commandLine = {}, const QString &practiceSiteRoot = {})
    {
        m_owned = std::make_unique<Application>(commandLine);
        m_app = m_owned.get();
        if (!practiceSiteRoot.isEmpty()) {
            m_app->setPracticeSiteRoot(practiceSiteRoot);
        }
        if (!m_app->load()) {
            qWarning("the interface did not load: %s", qPrintable(m_app->qmlWarnings().join(u'\n')));
            return false;
        }
        window()->resize(1280, 800);
        window()->show();
        return QTest::qWaitForWindowExposed(window());
    }
    /// Stops the app startApp started, as a reboot would.
    void stopApp()
    {
        m_app = nullptr;
        m_owned.reset();
    }

    [[nodiscard]] Application *app() const
    {
        return m_app;
    }
    [[nodiscard]] AppController *controller() const
    {
        return m_app->controller();
    }
    [[nodiscard]] SessionController *session() const
    {
        return m_app->session();
    }
    [[nodiscard]] QQuickWindow *window() const
    {
        return m_app->window();
    }
    /// The session page of the current session (a previous one may still be sliding away).
    [[nodiscard]] QQuickItem *sessionPage() const
    {
        return sessionPageOf(window(), session());
    }
    [[nodiscard]] QQuickItem *webView() const
    {
        return m_otherView ? m_otherView : findItem(sessionPage(), QStringLiteral("webView"));
    }
    /// Drives another web view than the session's (the guide studio's); null: the session's again.
    void setOtherWebView(QQuickItem *view)
    {
        m_otherView = view;
    }
    /// An item of the current session page, or of the window (dialogs).
    [[nodiscard]] QQuickItem *item(const QString &name) const
    {
        QQuickItem *inPage = findItem(sessionPage(), name);
        return inPage ? inPage : findItem(window()->contentItem(), name);
    }
    /// Whether an item of the session page (or a dialog) shows now. A part
    /// made on first need (OnNeed, OnFirstUse) does not exist before it
    /// first shows: not made is not shown.
    [[nodiscard]] bool shows(const QString &name) const
    {
        const QQuickItem *found = item(name);
        return found && found->isVisible();
    }
    /// The page on top of the page stack.
    [[nodiscard]] QQuickItem *currentPage() const
    {
        return test::currentPage(window());
    }
    /// An item of the page on top of the stack.
    [[nodiscard]] QQuickItem *pageItem(const QString &name) const
    {
        return findItem(currentPage(), name);
    }
    /// The page on top of the stack has slid into place (its left edge at the window's).
    bool pageInPlace(int timeoutMs = 5000) const
    {
        const auto x = [&] {
            return currentPage() ? currentPage()->mapToScene(QPointF(0, 0)).x() : qQNaN();
        };
        const bool ok = QTest::qWaitFor(
            [&] {
                return std::abs(x()) < 1;
            },
            timeoutMs);
        if (!ok) {
            qWarning("page %s at x=%g", currentPage() ? qPrintable(currentPage()->objectName()) : "-", x());
        }
        return ok;
    }
    /// The address the session's web view shows.
    [[nodiscard]] QUrl pageUrl() const
    {
        return webView()->property("url").toUrl();
    }
    [[nodiscard]] QString where() const
    {
        return QStringLiteral("at %1, state %2, url %3")
            .arg(session() ? session()->stepId() : QStringLiteral("-"),
                session() ? QString::fromLatin1(QMetaEnum::fromType<SessionEngine::State>().valueToKey(int(session()->state()))) : QStringLiteral("-"),
                webView() ? webView()->property("url").toUrl().toString() : QStringLiteral("-"));
    }

    /// Starts a guide's session and waits for its page, web view and step
    /// card (made once the page's request has left; a previous page going
    /// away may still hold its own).
    bool start(const QString &guideId, int timeoutMs = 10000) const
    {
        if (!controller()->sessions()->start(guideId)) {
            return false;
        }
        return QTest::qWaitFor(
            [&] {
                return session() && session()->guideId() == guideId && webView() && findItem(sessionPage(), QStringLiteral("stepCard"));
            },
            timeoutMs);
    }

    /// Opens an address in the session's web view and waits until the page
    /// is loaded and the script (run in the page) says it is ready.
    bool openPage(const QUrl &url, const QString &readyScript, int timeoutMs = 20000) const
    {
        webView()->setProperty("url", url);
        return QTest::qWaitFor(
            [&] {
                return pageUrl() == url && !webView()->property("loading").toBool() &&
                    runJavaScript(webView(), QStringLiteral("document.readyState === 'complete' && (%1)").arg(readyScript)).toBool();
            },
            timeoutMs);
    }

    /// The page has drawn a frame since this was asked (two animation frames
    /// in the page), and the window has drawn it too: what the page shows is
    /// on screen, and the browser takes taps on it.
    /// (When a load replaces the document meanwhile, the new one is asked
    /// again: the old one's frames say nothing of what is on screen.)
    bool waitDrawn() const
    {
        static const QString ask = QStringLiteral(
            "window.__pasapasDrawn = false; requestAnimationFrame(() => requestAnimationFrame(() => { window.__pasapasDrawn = true; }));");
        (void)runJavaScript(webView(), ask + QStringLiteral(" true"));
        return QTest::qWaitFor(
                   [&] {
                       return runJavaScript(webView(), QStringLiteral("(function () { if (window.__pasapasDrawn === undefined) { %1 return false; } return window.__pasapasDrawn === true; })()").arg(ask))
                           .toBool();
                   },
                   10000) &&
            waitForFrame(window(), 2000);
    }

    /// The centre of a page element (a CSS selector without single quotes),
    /// in window coordinates, once it is scrolled into view, stays where it
    /// is and is drawn there. A null point when there is no such element.
    /// With frameSelector, the element is in that same-origin frame, whose
    /// page is waited for.
    [[nodiscard]] QPoint elementCentre(const QString &selector, const QString &frameSelector = {}) const
    {
        // In a same-origin frame (frameSelector), once its page is loaded: the
        // element's place in the frame plus the frame's place in the page.
        const QString rect = QStringLiteral("(function () { let doc = document, x = 0, y = 0; const frame = '%3';"
                                            " if (frame) { const f = document.querySelector(frame); doc = f && f.contentDocument;"
                                            " if (!doc || doc.readyState !== 'complete') return {};"
                                            " const o = f.getBoundingClientRect(); x = o.x + f.clientLeft; y = o.y + f.clientTop; }"
                                            " const e = doc.querySelector('%1'); if (!e) return {}; %2"
                                            " const r = e.getBoundingClientRect(); return {x: x + r.x + r.width / 2, y: y + r.y + r.height / 2}; })()");
        const auto centre = [&](const QString &before) {
            const QVariantMap r = runJavaScript(webView(), rect.arg(selector, before, frameSelector)).toMap();
            return r.isEmpty() ? QPointF() : QPointF(r.value(QStringLiteral("x")).toReal(), r.value(QStringLiteral("y")).toReal());
        };
        if (!QTest::qWaitFor(
                [&] {
                    return !centre(QStringLiteral("e.scrollIntoView({block: 'center', behavior: 'instant'});")).isNull();
                },
                frameSelector.isEmpty() ? 0 : 10000)) {
            return {};
        }
        (void)waitUnchanged(window(), [&] {
            return centre({});
        });
        (void)waitDrawn();
        return toWindow(centre({})).toPoint();
    }

    /// The target's centre in window coordinates, from the rectangle the page reported.
    [[nodiscard]] QPoint targetCentre() const
    {
        return toWindow(session()->targetRect().center()).toPoint();
    }
    /// A point of the page (in CSS pixels) in window coordinates.
    [[nodiscard]] QPointF toWindow(QPointF pagePoint) const
    {
        return webView()->mapToScene(pagePoint * webView()->property("zoomFactor").toReal());
    }

    /// The step is shown with its target highlighted on the page.
    [[nodiscard]] bool isShowing(const QString &stepId) const
    {
        return session() && session()->stepId() == stepId && session()->state() == SessionEngine::State::Showing && session()->targetRect().width() > 0;
    }
    [[nodiscard]] bool isFinished() const
    {
        return session() && session()->state() == SessionEngine::State::Finished;
    }

    /// Waits until the step is shown with its target highlighted on the page.
    bool waitShowing(const QString &stepId, int timeoutMs = 20000) const
    {
        const bool ok = QTest::qWaitFor(
            [&] {
                return isShowing(stepId);
            },
            timeoutMs);
        if (!ok) {
            qWarning("step %s not shown: %s", qPrintable(stepId), qPrintable(where()));
        }
        return ok;
    }

    /// The page has loaded and the target stays where it is (a person taps
    /// what they see, once it stops moving).
    bool waitSettled() const
    {
        int loadingTicks = 0;
        return waitUnchanged(
            window(),
            [&] {
                // While the page loads, nothing counts as settled.
                return std::pair(session()->targetRect(), webView()->property("loading").toBool() ? ++loadingTicks : 0);
            },
            5,
            10000);
    }

    /// Waits for the target, then taps it as a finger would.
    bool tap(const QString &stepId) const
    {
        if (!waitShowing(stepId) || !waitSettled() || !clearObstacles(stepId)) {
            return false;
        }
        QTest::mouseClick(window(), Qt::LeftButton, {}, targetCentre());
        return true;
    }

    /// A consent banner or a pop-in over the target, or a closed section:
    /// taps the way out the page highlights, as the card says, until the
    /// step's own target shows.
    bool clearObstacles(const QString &stepId) const
    {
        for (int i = 0; i < 3 && session()->obstacle() != SessionEngine::Obstacle::NoObstacle; ++i) {
            QTest::mouseClick(window(), Qt::LeftButton, {}, targetCentre());
            (void)QTest::qWaitFor(
                [&] {
                    return session()->obstacle() == SessionEngine::Obstacle::NoObstacle;
                },
                5000);
            if (!waitShowing(stepId) || !waitSettled()) {
                return false;
            }
        }
        return session()->obstacle() == SessionEngine::Obstacle::NoObstacle;
    }

    /// The element the page has focused after a tap: "INPUT:email", "SELECT:", "TEXTAREA:"…
    [[nodiscard]] QString focusedField() const
    {
        return runJavaScript(webView(),
            QStringLiteral("(function(){let e=document.activeElement;while(e&&e.shadowRoot&&e.shadowRoot.activeElement){e=e.shadowRoot.activeElement;}"
                           "return e?e.tagName+':'+(e.type||''):'';})()"))
            .toString();
    }

    /// What a person would type in a field of this kind (never read back by the app).
    [[nodiscard]] static QString sampleText(const QString &field)
    {
        static const QHash<QString, QString> byType{{QStringLiteral("email"), QStringLiteral("amina.dupont@example.org")},
            {QStringLiteral("password"), QStringLiteral("Secret123!")},
            {QStringLiteral("tel"), QStringLiteral("0612345678")},
            {QStringLiteral("number"), QStringLiteral("1200")},
            {QStringLiteral("date"), QStringLiteral("01022000")}};
        return byType.value(field.section(QLatin1Char(':'), 1).toLower(), QStringLiteral("Amina Dupont"));
    }

    /// The field the page focused after a tap, once it has (the page handles
    /// the tap on its own time); what has the focus at the timeout otherwise.
    [[nodiscard]] QString waitFocusedField(int timeoutMs = 5000) const
    {
        QString field;
        (void)QTest::qWaitFor(
            [&] {
                field = focusedField();
                return isField(field);
            },
            timeoutMs);
        return field;
    }

    /// Types into the field the page focused after a tap, then leaves it
    /// (Tab), as a person would. False when no field took the focus (a
    /// field in a frame shows as the frame).
    bool typeIntoField(const QString &text) const
    {
        const QString field = waitFocusedField();
        typeText(window(), text);
        QTest::keyClick(window(), Qt::Key_Tab);
        return isField(field) || field.startsWith(QStringLiteral("IFRAME"));
    }

    /// In the list a tap opened, chooses the next entry with the keys.
    void chooseInList() const
    {
        // The list opens in a window of its own: wait for it (a busy tablet takes its time).
        (void)QTest::qWaitFor(
            [&] {
                return QGuiApplication::focusWindow() && QGuiApplication::focusWindow() != window();
            },
            3000);
        QWindow *popup = QGuiApplication::focusWindow() ? QGuiApplication::focusWindow() : window();
        if (popup != window()) {
            (void)QTest::qWaitForWindowExposed(popup, 3000);
        }
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
    }

    /// Taps the field, then types (or chooses in a list, or a document) and leaves it, as a person would.
    bool fill(const QString &stepId) const
    {
        // The field filled just before still has the focus: let it go, so
        // that the focus seen after the tap is the new field's.
        (void)runJavaScript(webView(), QStringLiteral("document.activeElement&&document.activeElement.blur(),true"));
        if (!tap(stepId)) {
            return false;
        }
        const QString field = waitFocusedField();
        if (field == QStringLiteral("INPUT:file")) {
            return pickDocument(15000); // the app's document picker opens
        }
        if (field.startsWith(QStringLiteral("SELECT"))) {
            chooseInList();
            return true;
        }
        (void)typeIntoField(sampleText(field)); // as before: the step says whether it took
        return true;
    }

    /// Picks an option of a "choose" step's group as a finger would: the
    /// last one (any answer is the person's own), by its label when it has
    /// one; a list (select) is opened and a line chosen.
    bool choose(const QString &stepId) const
    {
        if (!waitShowing(stepId) || !waitSettled() || !clearObstacles(stepId)) {
            return false;
        }
        const QPointF c = session()->targetRect().center();
        const QString mark = QStringLiteral(
            "(function () { const hit = document.elementFromPoint(%1, %2);"
            " const g = hit && hit.closest('fieldset, [role=radiogroup], [role=group], [role=listbox]'); if (!g) return false;"
            " const options = g.querySelectorAll('input[type=radio], input[type=checkbox], [role=radio], [role=option], button');"
            " if (!options.length) return false; const o = options[options.length - 1];"
            " const t = o.labels && o.labels.length ? o.labels[0] : o; t.setAttribute('data-test-choice', ''); return true; })()")
                                 .arg(c.x())
                                 .arg(c.y());
        if (!runJavaScript(webView(), mark).toBool()) {
            return fill(stepId); // a list: tap it, choose a line
        }
        const QPoint at = elementCentre(QStringLiteral("[data-test-choice]"));
        if (at.isNull()) {
            return false;
        }
        QTest::mouseClick(window(), Qt::LeftButton, {}, at);
        return true;
    }

    /// When a site asks for a file, the app offers the session's documents:
    /// tap the first (or the one named), once the picker has opened, and
    /// wait until it has closed and the page can be touched again.
    bool pickDocument(int timeoutMs = 1500, const QString &name = {}) const
    {
        QQuickItem *document = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                document = documentItem(name);
                return document != nullptr;
            },
            timeoutMs);
        if (!document || !waitInPlace(window(), document)) {
            return false;
        }
        tapCentre(window(), document);
        return QTest::qWaitFor(
            [&] {
                // The picker, a modal dialog, is gone with its fading, and the focus with it.
                QObject *focus = QGuiApplication::focusObject();
                return !documentItem(name) && (!focus || !focus->inherits("QQuickPopupItem"));
            },
            5000);
    }

    /// Types a PIN on the PIN pad of the page on top, then OK.
    void typePin(const QString &pin) const
    {
        for (const QChar digit : pin) {
            tapCentre(window(), pageItem(QStringLiteral("pinKey") + digit));
        }
        tapCentre(window(), pageItem(QStringLiteral("pinOk")));
    }

    /// Taps an item of the page on top once it shows and is enabled,
    /// scrolled into view and in place, as a finger does.
    bool press(const QString &name, int timeoutMs = 10000) const
    {
        QQuickItem *target = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    target = pageItem(name);
                    return target && target->isVisible() && target->isEnabled();
                },
                timeoutMs)) {
            qWarning("no %s on %s", qPrintable(name), currentPage() ? qPrintable(currentPage()->objectName()) : "-");
            return false;
        }
        scrollIntoView(currentPage(), target);
        if (!waitInPlace(window(), target)) {
            return false;
        }
        tapCentre(window(), target);
        return true;
    }

    /// From the home screen into the mediator's space, by taps: its tile, then the PIN.
    bool enterMediatorSpace(const QString &pin) const
    {
        const auto reach = [this](const QString &page) {
            const bool ok = QTest::qWaitFor([&] { return currentPage() && currentPage()->objectName() == page; }, 10000) && pageInPlace();
            if (!ok) {
                qWarning("not on %s but %s", qPrintable(page), currentPage() ? qPrintable(currentPage()->objectName()) : "-");
            }
            return ok;
        };
        if (!reach(QStringLiteral("homePage")) || !press(QStringLiteral("tileMediator")) || !reach(QStringLiteral("pinPage"))) {
            return false;
        }
        typePin(pin);
        return reach(QStringLiteral("mediatorPage"));
    }

    /// Presses "C'est fait".
    bool done() const
    {
        QQuickItem *button = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    button = item(QStringLiteral("doneButton"));
                    return button && button->isVisible() && button->isEnabled();
                },
                10000)) {
            return false;
        }
        tapCentre(window(), button);
        return true;
    }

    /// Scrolls the page down with the finger's wheel, a screen at a time.
    void scrollDown() const
    {
        const QPoint centre = webView()->mapToScene(QPointF(webView()->width() / 2, webView()->height() / 2)).toPoint();
        QWheelEvent wheel(centre, window()->mapToGlobal(centre), QPoint(), QPoint(0, -360), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QGuiApplication::sendEvent(window(), &wheel);
    }

    /// Waits until the session has moved past the step (or finished).
    bool leftStep(const QString &stepId, int timeoutMs = 10000) const
    {
        const bool ok = QTest::qWaitFor(
            [&] {
                return session()->stepId() != stepId || isFinished();
            },
            timeoutMs);
        if (!ok) {
            qWarning("still at %s: %s", qPrintable(stepId), qPrintable(where()));
        }
        return ok;
    }

    /// Saves the window once its picture is still (but for the web view's:
    /// its highlight pulses; waitShowing and waitSettled say when it is ready).
    bool screenshot(const QString &name) const
    {
        return saveScreenshot(window(), name, webView());
    }

    /// Does the current step as a person would, by what ends it. False when it could not.
    bool doCurrentStep() const
    {
        const Step *step = session()->engine()->currentStep();
        if (!step) {
            return false;
        }
        const QString id = step->id;
        switch (step->completion.kind) {
        case Completion::Kind::Tap:
            if (!tap(id)) {
                return false;
            }
            // A file field opens the app's document picker.
            if (!pickDocument() && focusedField() == QStringLiteral("INPUT:file")) {
                pickDocument(15000);
            }
            // A busy browser may drop a tap while it lays the page out; a person taps again.
            if (!QTest::qWaitFor(
                    [&] {
                        return session()->stepId() != id || isFinished();
                    },
                    5000) &&
                isShowing(id)) {
                if (!tap(id)) {
                    return false;
                }
            }
            break;
        case Completion::Kind::Fill:
            if (!fill(id)) {
                return false;
            }
            break;
        case Completion::Kind::Choose:
            if (!choose(id)) {
                return false;
            }
            break;
        case Completion::Kind::Done:
            if (!done()) {
                return false;
            }
            break;
        case Completion::Kind::Address:
        case Completion::Kind::Appears:
            // The person does what the step shows (a button that leads on), or
            // reads on down the page until what is awaited comes.
            if (!step->target.isEmpty()) {
                if (!tap(id)) {
                    return false;
                }
            } else {
                const auto movedOn = [&] {
                    return session()->stepId() != id || isFinished();
                };
                for (int i = 0; i < 20 && !movedOn(); ++i) {
                    scrollDown();
                    // The page has scrolled and drawn; what is awaited may come
                    // a moment later, else the person scrolls on.
                    (void)waitDrawn();
                    (void)QTest::qWaitFor(movedOn, 250);
                }
            }
            break;
        }
        return leftStep(id, 15000);
    }

private:
    static bool isField(const QString &focused)
    {
        return focused.startsWith(QStringLiteral("INPUT")) || focused.startsWith(QStringLiteral("SELECT")) || focused.startsWith(QStringLiteral("TEXTAREA"));
    }

    /// A row of the document picker on screen ("document-cv.pdf"): the one named, or the first.
    [[nodiscard]] QQuickItem *documentItem(const QString &name) const
    {
        return findItemWhere(
            window()->contentItem(),
            [&](QQuickItem *item) {
                const QString objectName = item->objectName();
                return (name.isEmpty() ? objectName.startsWith(QStringLiteral("document-")) && objectName.contains(QLatin1Char('.'))
                                       : objectName == QStringLiteral("document-") + name) &&
                    item->height() > 0;
            },
            true);
    }

    std::unique_ptr<Application> m_owned; ///< the app startApp started
    Application *m_app = nullptr;
    QQuickItem *m_otherView = nullptr;
};

} // namespace pasapas::test
