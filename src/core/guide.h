// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addresspattern.h"
#include "localizedtext.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace pasapas
{

/// One way to find an element on a page; a target tries several in order.
struct Locator
{
    enum class Kind {
        Css, ///< CSS selector
        Text, ///< visible text
        Role, ///< ARIA role, with an optional accessible name
        Label, ///< label of a form field
    };
    Kind kind = Kind::Css;
    QString value; ///< selector, text, role or label
    QString name; ///< accessible name, for Kind::Role
};

/// The locator kinds as written in guide files (and read by the page script), in Locator::Kind order.
[[nodiscard]] const QStringList &locatorKindNames();
[[nodiscard]] QString locatorKindName(Locator::Kind kind);

/// How a step is done.
struct Completion
{
    Q_GADGET

public:
    enum class Kind {
        Tap, ///< the target is tapped
        Fill, ///< a field is filled (yes/no only: the value is never read)
        Address, ///< the page address matches a pattern
        Appears, ///< an element appears on the page
        Done, ///< the person presses "Done"
        Choose, ///< the person picks any option of a group (radio buttons, a list, a set of buttons)
    };
    Q_ENUM(Kind)
    Kind kind = Kind::Done;
    AddressPattern address; ///< for Kind::Address
    QList<Locator> target; ///< for Kind::Appears
};

/// The completion kinds as written in guide files, in Completion::Kind order.
[[nodiscard]] const QStringList &completionKindNames();
[[nodiscard]] QString completionKindName(Completion::Kind kind);

struct SkipCondition
{
    QList<Locator> present; ///< skip when one of these is on the page
    AddressPattern address; ///< skip when the address matches
    [[nodiscard]] bool isEmpty() const
    {
        return present.isEmpty() && !address.isValid();
    }
};

/// What a step that asks for a file accepts (the optional « upload » object):
/// the photographed papers are made to fit it.
struct StepUpload {
    bool present = false; ///< the step has an « upload » object
    QStringList accept; ///< "pdf", "jpg", "png"; empty: any of them
    qint64 maxBytes = 0; ///< 0: the app's default (2 MB)
    QString name; ///< suggested file name without suffix, like "rib"
};

struct Step
{
    QString id;
    LocalizedText instruction;
    QString frenchWords; ///< exact French words to look for on the site
    QList<Locator> target;
    QString frame; ///< CSS selector of the iframe holding the target
    AddressPattern page; ///< where the step applies
    Completion completion;
    int waitMs = 8000; ///< before the target counts as missing
    bool sensitive = false; ///< passwords, identifiers: never read, mediator looks away
    LocalizedText mediatorNote;
    SkipCondition skipIf;
    QString pictogram;
    StepUpload upload;
};

struct GuideDocument
{
    LocalizedText text;
    QString pictogram;
};

/// Where the catalog cache keeps the steps' texts that a catalog leaves out of
/// memory (CatalogCache::restoreStepTexts reads them back).
struct StoredStepTexts
{
    QString file; ///< the cache file; empty when the texts are in the steps
    qint64 offset = 0;
    qint64 size = 0;
    quint64 checksum = 0;
};

/// A public page a guide's steps are based on (the real sites cannot always be opened by authors).
struct GuideSource
{
    QUrl url;
    QString title;
    QDate read; ///< when the author read it
};

struct Guide
{
    QString id;
    int version = 1;
    QString category;
    LocalizedText title;
    LocalizedText summary;
    int minutes = 0;
    QUrl start;
    QList<HostPattern> allowedHosts;
    QString pictogram; ///< icon name, or absolute path of a file in the guide folder
    QList<GuideDocument> documents;
    LocalizedText mediatorNotes;
    LocalizedText keywords; ///< comma-separated words people type to find the guide, per language
    QList<GuideSource> sources;
    QList<Step> steps;

    QString filePath; ///< where it was loaded from
    QString folder;
    /// Set in a catalog read through its cache: the steps' instructions and
    /// mediator notes are not in memory (every language of every guide is
    /// megabytes; the catalog shows none of them). GuideLibrary::wholeGuide
    /// gives a session or the editor the guide with them.
    StoredStepTexts storedStepTexts;

    [[nodiscard]] bool stepTextsLeftOut() const
    {
        return !storedStepTexts.file.isEmpty();
    }
    /// Every language that appears in the title (the languages a guide is "in").
    [[nodiscard]] QStringList languages() const
    {
        return title.languages();
    }
    /// The keywords of every language, one per entry, as written.
    [[nodiscard]] QStringList allKeywords() const;
    /// Every text of the guide, for coverage and search.
    [[nodiscard]] QList<const LocalizedText *> texts() const;
};

} // namespace pasapas
