// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the guide loader: any byte string must give a
// guide or located diagnostics, never a crash, and what comes back must keep
// the loader's promises. A broken promise traps, so libFuzzer saves the input.
// Reads nothing but its input and writes no file.

#include "guideloader.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

/// Says which promise broke (on stderr, for the person reading the crash), then traps.
[[noreturn]] void broken(const char *condition, int line, const pasapas::Diagnostic *diagnostic)
{
    std::fprintf(stderr, "fuzz_guideloader.cpp:%d: invariant broken: %s\n", line, condition);
    if (diagnostic) {
        std::fprintf(stderr, "  for the diagnostic: %s\n", qUtf8Printable(diagnostic->toString()));
    }
    __builtin_trap();
}

} // namespace

/// Traps when a promise of the loader is broken, saying which one.
#define CHECK(condition) ((condition) ? void() : broken(#condition, __LINE__, nullptr))
/// The same, for a promise about one diagnostic, which it prints.
#define CHECK_DIAGNOSTIC(condition, diagnostic) ((condition) ? void() : broken(#condition, __LINE__, &(diagnostic)))

namespace
{

/// Byte offset of a 1-based line and column (column in characters, as
/// editors count them: a leading byte order mark is no character):
/// data.size() for the place just after the last character, -1 when that
/// place is not in the text.
qsizetype offsetOf(const QByteArray &data, int line, int column)
{
    int l = 1;
    int c = 1;
    for (qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data.at(i));
        if ((byte & 0xC0) == 0x80) {
            continue; // UTF-8 continuation byte: same character
        }
        if (l == line && c == column) {
            return i;
        }
        if (byte == '\n') {
            ++l;
            c = 1;
        } else {
            ++c;
        }
    }
    return l == line && c == column ? data.size() : -1;
}

bool isIdShape(const QString &id)
{
    static const QRegularExpression re(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return re.match(id).hasMatch();
}

bool isCompleteText(const pasapas::LocalizedText &text)
{
    if (text.french().trimmed().isEmpty()) {
        return false;
    }
    static const QRegularExpression language(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"_s);
    const auto &texts = text.texts();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (!language.match(it.key()).hasMatch() || it.value().trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

bool isValidLocator(const pasapas::Locator &locator)
{
    if (locator.value.trimmed().isEmpty()) {
        return false;
    }
    return locator.kind != pasapas::Locator::Kind::Role || pasapas::knownRoles().contains(locator.value);
}

bool reachable(const pasapas::AddressPattern &pattern, const QList<pasapas::HostPattern> &hosts)
{
    return std::any_of(hosts.cbegin(), hosts.cend(), [&](const pasapas::HostPattern &host) {
        return host.covers(pattern.hostPart());
    });
}

/// What the loader promises about a guide it accepted.
void checkGuide(const pasapas::Guide &guide)
{
    using pasapas::Completion;
    CHECK(isIdShape(guide.id));
    CHECK(guide.version >= 1);
    CHECK(guide.minutes >= 1 && guide.minutes <= 600);
    CHECK(isCompleteText(guide.title));
    CHECK(isCompleteText(guide.summary));
    CHECK(guide.mediatorNotes.isEmpty() || isCompleteText(guide.mediatorNotes));
    CHECK(!guide.allowedHosts.isEmpty());
    for (const pasapas::HostPattern &host : guide.allowedHosts) {
        CHECK(host.isValid());
    }
    CHECK(guide.start.isValid() && (guide.start.scheme() == u"https" || guide.start.scheme() == u"http"));
    CHECK(pasapas::hostAllowed(guide.allowedHosts, guide.start));
    for (const pasapas::GuideDocument &document : guide.documents) {
        CHECK(isCompleteText(document.text));
    }
    CHECK(!guide.steps.isEmpty());
    QSet<QString> stepIds;
    for (const pasapas::Step &step : guide.steps) {
        CHECK(isIdShape(step.id));
        CHECK(!stepIds.contains(step.id));
        stepIds.insert(step.id);
        CHECK(isCompleteText(step.instruction));
        CHECK(step.mediatorNote.isEmpty() || isCompleteText(step.mediatorNote));
        CHECK(step.waitMs >= 500 && step.waitMs <= 120000);
        CHECK(std::all_of(step.target.cbegin(), step.target.cend(), isValidLocator));
        CHECK(!step.page.isValid() || reachable(step.page, guide.allowedHosts));
        const Completion &completion = step.completion;
        switch (completion.kind) {
        case Completion::Kind::Tap:
        case Completion::Kind::Fill:
        case Completion::Kind::Choose:
            CHECK(!step.target.isEmpty()); // else the step can never complete
            break;
        case Completion::Kind::Address:
            CHECK(completion.address.isValid() && reachable(completion.address, guide.allowedHosts));
            break;
        case Completion::Kind::Appears:
            CHECK(!completion.target.isEmpty());
            CHECK(std::all_of(completion.target.cbegin(), completion.target.cend(), isValidLocator));
            break;
        case Completion::Kind::Done:
            break;
        }
        CHECK(std::all_of(step.skipIf.present.cbegin(), step.skipIf.present.cend(), isValidLocator));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const pasapas::GuideLoadResult result = pasapas::parseGuide(data, u"fuzz.json"_s);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;

    // A guide comes back exactly when no diagnostic is an error: a broken file
    // is never silently accepted, nor silently dropped.
    CHECK(result.guide.has_value() == !pasapas::hasErrors(result.diagnostics));
    if (!isJson) {
        CHECK(!result.guide);
        CHECK(result.diagnostics.size() == 1);
    }

    for (const pasapas::Diagnostic &diagnostic : result.diagnostics) {
        CHECK_DIAGNOSTIC(diagnostic.file == u"fuzz.json", diagnostic);
        CHECK_DIAGNOSTIC(!diagnostic.message.isEmpty(), diagnostic);
        CHECK_DIAGNOSTIC(diagnostic.line >= 1 && diagnostic.column >= 1, diagnostic);
        CHECK_DIAGNOSTIC(!diagnostic.toString().isEmpty(), diagnostic);
        // The place is in the text, or just after its end for "the file stops here".
        const qsizetype offset = offsetOf(data, diagnostic.line, diagnostic.column);
        CHECK_DIAGNOSTIC(offset >= 0, diagnostic);
        if (!isJson || diagnostic.pointer.isEmpty()) {
            continue; // about the whole file (a JSON pointer is empty for the root)
        }
        CHECK_DIAGNOSTIC(diagnostic.pointer.startsWith(u'/'), diagnostic);
        // A diagnostic about a member points at the start of its value or of
        // its key, never into the middle of a text or at white space.
        CHECK_DIAGNOSTIC(offset < data.size(), diagnostic);
        // (Qt also accepts numbers written ".15".)
        CHECK_DIAGNOSTIC(QByteArrayView("{[\"-.0123456789tfn").contains(data.at(offset)), diagnostic);
    }

    if (result.guide) {
        CHECK(isJson && document.isObject());
        checkGuide(*result.guide);
    }
    return 0;
}
