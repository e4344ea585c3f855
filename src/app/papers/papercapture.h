// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framesource.h"
#include "guide.h"
#include "paperfile.h"

#include <QFutureWatcher>
#include <QPointF>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace pasapas
{

class SessionDocuments;

/// Papers to upload, for one session: photos taken one by one, each turned
/// and cropped by the person, then made into one file in the session folder
/// (so it is listed, shown and wiped like a download). The photos live in
/// memory only and go with clear() or the session.
class PaperCapture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the session")
    Q_PROPERTY(pasapas::FrameSource *source READ source CONSTANT)
    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(QVariantList corners READ corners NOTIFY changed)
    Q_PROPERTY(bool edgesFound READ edgesFound NOTIFY changed)
    Q_PROPERTY(qreal photoRatio READ photoRatio NOTIFY changed)
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    enum class Stage {
        Camera, ///< the viewfinder (or the no-camera message)
        Review, ///< the photo just taken: retake, turn, crop
        Pages, ///< the pages kept: add one, name, send
        Working, ///< the file is being made
    };
    Q_ENUM(Stage)

    using SourceFactory = std::function<std::unique_ptr<FrameSource>()>;
    /// Tests give images in place of the camera; the app leaves it to the camera.
    static void setSourceFactory(SourceFactory factory);

    explicit PaperCapture(SessionDocuments *documents, QObject *parent = nullptr);
    ~PaperCapture() override;

    [[nodiscard]] FrameSource *source() const
    {
        return m_source.get();
    }
    [[nodiscard]] Stage stage() const
    {
        return m_stage;
    }
    [[nodiscard]] int pageCount() const
    {
        return int(m_pages.size());
    }
    [[nodiscard]] int revision() const
    {
        return m_revision;
    }
    /// The four corners of the photo under review, each as {x, y} from 0 to 1.
    [[nodiscard]] QVariantList corners() const;
    [[nodiscard]] bool edgesFound() const
    {
        return m_edgesFound;
    }
    /// Width over height of the photo under review, as it is turned.
    [[nodiscard]] qreal photoRatio() const;
    [[nodiscard]] QString suggestedName() const;
    /// Why the last file could not be made; empty otherwise.
    [[nodiscard]] QString problem() const
    {
        return m_problem;
    }

    /// What the current step's site accepts.
    void setUpload(const StepUpload &upload);
    /// A picture for the screen: "review" (the photo under review, turned) or "page/N" (a kept page, cropped).
    [[nodiscard]] QImage image(const QString &id) const;

    /// The short list of papers to name the file after: {id, label, icon}, "document" last.
    Q_INVOKABLE [[nodiscard]] QVariantList kinds() const;

    Q_INVOKABLE void shoot();
    Q_INVOKABLE void retake();
    /// A quarter turn clockwise of the photo under review (its corners turn with it).
    Q_INVOKABLE void turn();
    /// Moves corner 0–3 (top left, top right, bottom right, bottom left) to x, y from 0 to 1.
    Q_INVOKABLE void moveCorner(int corner, qreal x, qreal y);
    /// Keeps the photo under review as the next page.
    Q_INVOKABLE void keep();
    /// Back to the camera for one more page.
    Q_INVOKABLE void addPage();
    Q_INVOKABLE void removePage(int index);
    /// Makes the file (in the background) named after `name` (else the step's
    /// suggestion, else "document"); fileReady() or a problem follows.
    Q_INVOKABLE void send(const QString &name);
    /// Forgets every photo and page, back to the camera.
    Q_INVOKABLE void clear();

    /// How the last file was made (its bytes are not kept: the file is in the session folder).
    [[nodiscard]] const PaperFile &lastFile() const
    {
        return m_lastFile;
    }

Q_SIGNALS:
    void changed();
    /// The file is in the session folder: its address and name.
    void fileReady(const QUrl &url, const QString &fileName);

private:
    void captured(const QImage &photo);
    void setStage(Stage stage);
    void updatePreview();
    void finishFile();
    void applyEdges();
    /// The page-edge proposal, now (it runs in the background).
    void waitForEdges();

    SessionDocuments *m_documents;
    std::unique_ptr<FrameSource> m_source;
    QList<PaperPage> m_pages;
    QList<QImage> m_thumbnails;
    std::optional<PaperPage> m_review;
    QImage m_reviewPreview;
    bool m_edgesFound = false;
    bool m_edgesPending = false; ///< a proposal is on its way and nobody moved a corner
    Stage m_stage = Stage::Camera;
    int m_revision = 0;
    StepUpload m_upload;
    QString m_problem;
    QString m_fileName;
    PaperFile m_lastFile;
    QFutureWatcher<PageEdges> m_edges;
    QFutureWatcher<PaperFile> m_making;
};

} // namespace pasapas
