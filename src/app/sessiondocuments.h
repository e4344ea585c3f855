// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionfolder.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QUrl>

namespace pasapas
{

/// "Mes documents": the files of one session's private folder (what the
/// person downloaded, and the practice samples), newest first. The list is
/// read when a file arrives, not at every look. The folder goes with close().
class SessionDocuments : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the session")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString folder READ folder CONSTANT)

public:
    enum Role {
        FileNameRole = Qt::UserRole + 1,
        UrlRole,
        DownloadedRole, ///< downloaded in the session (a wipe loses it), not a sample
    };
    Q_ENUM(Role)

    explicit SessionDocuments(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString folder() const
    {
        return m_folder.path();
    }
    /// The list as it is, newest first.
    [[nodiscard]] QStringList fileNames() const
    {
        return m_files;
    }
    /// Files downloaded during the session (what a wipe would lose).
    Q_INVOKABLE [[nodiscard]] QStringList downloaded() const;
    /// The address of a file of the folder; empty for any other name.
    Q_INVOKABLE [[nodiscard]] QUrl url(const QString &fileName) const;
    /// Prints a file of the folder; returns a sentence for the person.
    Q_INVOKABLE QString print(const QUrl &document) const;

    /// The samples the session starts with are now in the folder.
    void markSamples();
    /// Reads the folder again (a download finished).
    void refresh();
    /// Removes the folder with everything in it.
    void close();

Q_SIGNALS:
    void countChanged();

private:
    SessionFolder m_folder;
    QStringList m_files;
    QStringList m_samples;
};

} // namespace pasapas
