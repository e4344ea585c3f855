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
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace pasapas::test
{

class SessionDriver
{
public:
    explicit SessionDriver(Application *app)
        : m_app(app)
    {
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
        return findItem(sessionPage(), QStringLiteral("webView"));
    }
    /// An item of the current session page, or of the window (dialogs).
    [[nodiscard]] QQuickItem *item(const QString &name) const
    {
        QQuickItem *inPage = findItem(sessionPage(), name);
        return inPage ? inPage : findItem(window()->contentItem(), name);
    }
    [[nodiscard]] QString where() const
    {
        return QStringLiteral("at %1, state %2, url %3")
            .arg(session() ? session()->stepId() : QStringLiteral("-"),
                session() ? QString::fromLatin1(QMetaEnum::fromType<SessionEngine::State>().valueToKey(int(session()->state()))) : QStringLiteral("-"),
                webView() ? webView()->property("url").toUrl().toString() : QStringLiteral("-"));
    }

    /// The target's centre in window coordinates, from the rectangle the page reported.
    [[nodiscard]] QPoint targetCentre() const
    {
        const QRectF rect = session()->targetRect();
        const qreal zoom = webView()->property("zoomFactor").toReal();
        return webView()->mapToScene(QPointF((rect.x() + rect.width() / 2) * zoom, (rect.y() + rect.height() / 2) * zoom)).toPoint();
    }

    /// Waits until the step is shown with its target highlighted on the page.
    bool waitShowing(const QString &stepId, int timeoutMs = 20000) const
    {
        const bool ok = QTest::qWaitFor(
            [&] {
                return session() && session()->stepId() == stepId && session()->state() == SessionEngine::State::Showing && session()->targetRect().width() > 0;
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
        QRectF last;
        int stable = 0;
        return QTest::qWaitFor(
            [&] {
                const QRectF now = session()->targetRect();
                stable = (now == last && !webView()->property("loading").toBool()) ? stable + 1 : 0;
                last = now;
                return stable >= 5;
            },
            10000);
    }

    /// Waits for the target, then taps it as a finger would.
    bool tap(const QString &stepId) const
    {
        if (!waitShowing(stepId) || !waitSettled()) {
            return false;
        }
        QTest::mouseClick(window(), Qt::LeftButton, {}, targetCentre());
        return true;
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
        const QString type = field.section(QLatin1Char(':'), 1).toLower();
        if (type == QStringLiteral("email")) {
            return QStringLiteral("amina.dupont@example.org");
        }
        if (type == QStringLiteral("password")) {
            return QStringLiteral("Secret123!");
        }
        if (type == QStringLiteral("tel")) {
            return QStringLiteral("0612345678");
        }
        if (type == QStringLiteral("number")) {
            return QStringLiteral("1200");
        }
        if (type == QStringLiteral("date")) {
            return QStringLiteral("01022000");
        }
        return QStringLiteral("Amina Dupont");
    }

    /// The field the page focused after a tap, once it has (the page handles the tap on its own time).
    [[nodiscard]] QString waitFocusedField(int timeoutMs = 5000) const
    {
        QString field;
        (void)QTest::qWaitFor(
            [&] {
                field = focusedField();
                return field.startsWith(QStringLiteral("INPUT")) || field.startsWith(QStringLiteral("SELECT")) || field.startsWith(QStringLiteral("TEXTAREA"));
            },
            timeoutMs);
        return field;
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
            return true;
        }
        typeText(window(), sampleText(field));
        QTest::keyClick(window(), Qt::Key_Tab);
        return true;
    }

    /// When a site asks for a file, the app offers the session's documents: tap the first.
    bool pickDocument(int timeoutMs = 1500) const
    {
        QQuickItem *document = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                document = firstDocumentItem(window()->contentItem());
                return document != nullptr;
            },
            timeoutMs);
        if (!document) {
            return false;
        }
        QTest::qWait(300);
        tapCentre(window(), document);
        (void)QTest::qWaitFor(
            [&] {
                return !firstDocumentItem(window()->contentItem());
            },
            5000);
        QTest::qWait(300);
        return true;
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
                return session()->stepId() != stepId || session()->state() == SessionEngine::State::Finished;
            },
            timeoutMs);
        if (!ok) {
            qWarning("still at %s: %s", qPrintable(stepId), qPrintable(where()));
        }
        return ok;
    }

    bool screenshot(const QString &name) const
    {
        return window()->grabWindow().save(screenshotPath(name));
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
            if (!QTest::qWaitFor([&] { return session()->stepId() != id || session()->state() == SessionEngine::State::Finished; }, 5000)
                && session()->state() == SessionEngine::State::Showing) {
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
                for (int i = 0; i < 20 && session()->stepId() == id && session()->state() != SessionEngine::State::Finished; ++i) {
                    scrollDown();
                    QTest::qWait(250);
                }
            }
            break;
        }
        return leftStep(id, 15000);
    }

private:
    static QQuickItem *firstDocumentItem(QQuickItem *root)
    {
        if (!root) {
            return nullptr;
        }
        // The picker's rows are named after the file ("document-cv.pdf").
        const QString name = root->objectName();
        if (name.startsWith(QStringLiteral("document-")) && name.contains(QLatin1Char('.')) && root->isVisible() && root->height() > 0) {
            return root;
        }
        const auto children = root->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = firstDocumentItem(child)) {
                return found;
            }
        }
        return nullptr;
    }

    Application *m_app;
};

} // namespace pasapas::test
