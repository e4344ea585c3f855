// SPDX-License-Identifier: GPL-3.0-or-later
// The pages, the guide and the cases of web-locators. Apart from the test
// class: moc loses its way in raw strings holding '#' or an apostrophe.
#include "locatorcases.h"

using namespace Qt::StringLiterals;

namespace pasapas::test
{

QString caseGuide(const QString &stepTarget)
{
    return uR"({
  "id": "essai-localisateurs",
  "version": 1,
  "category": "everyday",
  "title": {"fr": "Essai des localisateurs"},
  "summary": {"fr": "Une étape par cas, puis un témoin toujours présent."},
  "minutes": 1,
  "start": "https://pages.pasapas.test/",
  "allowedHosts": ["pages.pasapas.test"],
  "steps": [
    {"id": "cas", "instruction": {"fr": "Le cas essayé."}, %1, "complete": {"on": "tap"}},
    {"id": "temoin", "instruction": {"fr": "Le témoin."}, "target": [{"css": "#temoin"}], "complete": {"on": "tap"}}
  ]
})"_s.arg(stepTarget);
}

QString casePage(const QString &body)
{
    return uR"(<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Cas</title>
<style>
body { margin: 8px; font: 16px sans-serif; overflow: hidden; }
iframe { width: 360px; height: 140px; margin: 6px; border: 3px solid #555; padding: 0; }
#temoin { position: fixed; right: 0; bottom: 0; width: 6px; height: 6px; }
</style></head>
<body>%1<div id="temoin"></div></body></html>)"_s.arg(body);
}

QString elementRectScript(const QString &element)
{
    return uR"((function () {
    const el = %1;
    if (!el) {
        return null;
    }
    const r = el.getBoundingClientRect();
    let x = r.left;
    let y = r.top;
    for (let win = el.ownerDocument.defaultView; win.frameElement; win = win.parent) {
        const frame = win.frameElement;
        const fr = frame.getBoundingClientRect();
        const style = frame.ownerDocument.defaultView.getComputedStyle(frame);
        x += fr.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        y += fr.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    }
    return [x, y, r.width, r.height];
})())"_s.arg(element);
}

QList<LocatorCase> locatorCases()
{
    QList<LocatorCase> cases;
    const auto row = [&cases](const char *name, const QString &body, const QString &stepTarget, const QString &expected = {}, const QString &knownFault = {}) {
        cases.append({name, body, stepTarget, expected, knownFault});
    };

    // ---- visible text
    row("text: a button, case and spaces aside",
        uR"(<p>Bienvenue</p><button id="b">  SE   CONNECTER </button>)"_s,
        uR"("target": [{"text": "Se connecter"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: a typographic apostrophe",
        uR"(<a id="b" href="#">S’inscrire</a>)"_s,
        uR"("target": [{"text": "S'inscrire"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: hidden copies are passed over",
        uR"(<button style="display:none">Valider</button>
        <button style="visibility:hidden">Valider</button><button hidden>Valider</button><button id="b">Valider</button>)"_s,
        uR"("target": [{"text": "Valider"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: only a hidden one: none", uR"(<button style="display:none">Valider</button><p>Autre chose</p>)"_s, uR"("target": [{"text": "Valider"}])"_s);
    row("text: no-break spaces",
        u"<button id=\"b\">Étape\u00a0suivante\u202f:</button>"_s,
        uR"("target": [{"text": "Étape suivante :"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: a label whose box is hidden",
        uR"(<input type="checkbox" id="c" style="display:none"><label id="b" for="c">J'accepte</label>)"_s,
        uR"("target": [{"text": "J'accepte"}])"_s,
        u"document.getElementById('b')"_s,
        u"byText gives the label's control even when it is hidden: the spotlight goes to 0,0"_s);
    row("text: a control before the paragraph above it",
        uR"(<p>Continuer</p><button id="b">Continuer</button>)"_s,
        uR"("target": [{"text": "Continuer"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: a label stands for its field",
        uR"(<label for="nom">Nom</label> <input id="nom">)"_s,
        uR"("target": [{"text": "Nom"}])"_s,
        u"document.getElementById('nom')"_s);
    row("text: the innermost element of plain text",
        uR"(<div><p><span id="b">Mes droits</span></p></div>)"_s,
        uR"("target": [{"text": "Mes droits"}])"_s,
        u"document.getElementById('b')"_s);
    // The text search first sieves the page's text nodes for the longest word.
    row("text: words split across nested elements",
        uR"(<p>Votre adresse</p><button id="b"><span>Valider</span> <b>mon</b> adresse</button>)"_s,
        uR"("target": [{"text": "Valider mon adresse"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: the caption of an input button (no text node)",
        uR"(<p>Envoyer</p><input type="submit" id="b" value="Envoyer le dossier">)"_s,
        uR"("target": [{"text": "Envoyer le dossier"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: a control that says a little more",
        uR"(<button id="b">Valider ma demande</button>)"_s,
        uR"("target": [{"text": "Valider"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: a control that says much more: none",
        uR"(<button>Valider votre demande de logement social</button>)"_s,
        uR"("target": [{"text": "Valider"}])"_s);
    row("text: nothing says it: none", uR"(<button>Annuler</button><p>Valider plus tard, peut-être</p>)"_s, uR"("target": [{"text": "Valider"}])"_s);
    row("text: the caption of a submit input",
        uR"(<input id="b" type="submit" value="Envoyer">)"_s,
        uR"("target": [{"text": "Envoyer"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: what a field holds is never read: none", uR"(<input type="text" value="Envoyer">)"_s, uR"("target": [{"text": "Envoyer"}])"_s);

    // ---- role and accessible name
    row("role: a button named by aria-label",
        uR"(<button>Fermer la fenêtre</button><button id="b" aria-label="Fermer">×</button>)"_s,
        uR"("target": [{"role": "button", "name": "Fermer"}])"_s,
        u"document.getElementById('b')"_s);
    row("role: a link named by its text",
        uR"(<a href="#">Aide</a> <a id="b" href="#">Compte ameli</a>)"_s,
        uR"("target": [{"role": "link", "name": "Compte ameli"}])"_s,
        u"document.getElementById('b')"_s);
    row("role: an anchor without href is no link: none", uR"(<a>Compte ameli</a>)"_s, uR"("target": [{"role": "link", "name": "Compte ameli"}])"_s);
    row("role: a link is no button: none", uR"(<a href="#">Valider</a>)"_s, uR"("target": [{"role": "button", "name": "Valider"}])"_s);
    row("role: a submit input named by its caption",
        uR"(<input type="submit" value="Annuler"> <input id="b" type="submit" value="Se connecter">)"_s,
        uR"("target": [{"role": "button", "name": "Se connecter"}])"_s,
        u"document.getElementById('b')"_s);
    row("role: a checkbox named by its label",
        uR"(<p><input type="checkbox" id="a"><label for="a">Recevoir des SMS</label></p>
        <p><input type="checkbox" id="b"><label for="b">J’accepte les conditions</label></p>)"_s,
        uR"("target": [{"role": "checkbox", "name": "J'accepte les conditions"}])"_s,
        u"document.getElementById('b')"_s);
    row("role: a text field named by aria-labelledby",
        uR"(<p id="t">Numéro fiscal</p><input id="a"> <input id="b" aria-labelledby="t">)"_s,
        uR"("target": [{"role": "textbox", "name": "Numéro fiscal"}])"_s,
        u"document.getElementById('b')"_s);
    row("role: a search field named by its placeholder",
        uR"(<input type="text" placeholder="Rechercher"> <input id="b" type="search" placeholder="Rechercher">)"_s,
        uR"("target": [{"role": "searchbox", "name": "Rechercher"}])"_s,
        u"document.getElementById('b')"_s);
    row("role: a field's value is not its name: none", uR"(<input type="text" value="Nom">)"_s, uR"("target": [{"role": "textbox", "name": "Nom"}])"_s);
    row("role: no name, the first visible one",
        uR"(<button hidden>Un</button><a href="#">Lien</a><button id="b">Deux</button>)"_s,
        uR"("target": [{"role": "button"}])"_s,
        u"document.getElementById('b')"_s);
    row("role: an ARIA role on a plain element",
        uR"(<div role="tab">Mes paiements</div><div id="b" role="tab">Mes droits</div>)"_s,
        uR"("target": [{"role": "tab", "name": "Mes droits"}])"_s,
        u"document.getElementById('b')"_s);

    // ---- label of a field
    row("label: a label for its field",
        uR"(<input id="a"><label for="b">Adresse e-mail</label><input id="b">)"_s,
        uR"("target": [{"label": "Adresse e-mail"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: the field inside its label",
        uR"(<label>Identifiant <input id="a"></label><label>Mot de passe <input id="b" type="password"></label>)"_s,
        uR"("target": [{"label": "Mot de passe"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: aria-label",
        uR"(<input aria-label="Ville"> <input id="b" aria-label="Code postal">)"_s,
        uR"("target": [{"label": "Code postal"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: placeholder",
        uR"(<textarea id="b" placeholder="Votre message"></textarea>)"_s,
        uR"("target": [{"label": "Votre message"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: a list",
        uR"(<label for="b">Pays</label><select id="b"><option>France</option></select>)"_s,
        uR"("target": [{"label": "Pays"}])"_s,
        u"document.getElementById('b')"_s);
    // Labels with a hint inside, as the State's design system writes them (issue 11).
    row("label: the design system's hint is not part of the label",
        uR"(<div class="fr-input-group"><label class="fr-label" for="b">Identifiant <span class="fr-hint-text">Format attendu : nom@example.com</span></label>
        <input class="fr-input" type="email" id="b"></div>)"_s,
        uR"("target": [{"label": "Identifiant"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: the part aria-describedby points at is left out",
        uR"(<label for="b">Jour <span id="h">Exemple : 14</span></label><input id="b" aria-describedby="h">)"_s,
        uR"("target": [{"label": "Jour"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: its own words, the rest nested",
        uR"(<label for="a">Ville</label><input id="a"><label for="b">Code postal <span>(facultatif)</span></label><input id="b">)"_s,
        uR"("target": [{"label": "Code postal"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: the hint's words alone: none",
        uR"(<label for="b">Identifiant <span class="fr-hint-text">Format attendu : nom@example.com</span></label><input id="b">)"_s,
        uR"("target": [{"label": "Format attendu : nom@example.com"}])"_s);
    row("label: the first words of a longer label: none",
        uR"(<label for="b">Identifiant de connexion</label><input id="b">)"_s,
        uR"("target": [{"label": "Identifiant"}])"_s);
    row("role: a field named by its label without the hint",
        uR"(<label for="b">Numéro de téléphone <span class="fr-hint-text">Format attendu : 06 12 34 56 78</span></label><input id="b" type="tel">)"_s,
        uR"("target": [{"role": "textbox", "name": "Numéro de téléphone"}])"_s,
        u"document.getElementById('b')"_s);
    row("text: a label with its hint stands for its field",
        uR"(<label for="b">Adresse <span class="fr-hint-text">Indiquez le numéro et la rue</span></label><input id="b">)"_s,
        uR"("target": [{"text": "Adresse"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: its own field, not the one beside it",
        uR"(<label for="b">Nom</label><input id="a"><p><input id="b"></p>)"_s,
        uR"("target": [{"label": "Nom"}])"_s,
        u"document.getElementById('b')"_s);
    row("label: its field hidden, the one beside it not taken: none",
        uR"(<label for="n">Nom</label><input id="n" style="display:none"><input>)"_s,
        uR"("target": [{"label": "Nom"}])"_s);
    row("label: the whole label, not a part: none", uR"(<label for="b">Nom d’usage</label><input id="b">)"_s, uR"("target": [{"label": "Nom"}])"_s);
    row("label: a label's text does not name a button: none",
        uR"(<label for="b">Valider</label><button id="b">OK</button>)"_s,
        uR"("target": [{"label": "Valider"}])"_s);

    // ---- CSS
    row("css: an id", uR"(<button>Un</button><button id="b">Deux</button>)"_s, uR"("target": [{"css": "#b"}])"_s, u"document.getElementById('b')"_s);
    row("css: a hidden element: none", uR"(<button id="b" hidden>Deux</button>)"_s, uR"("target": [{"css": "#b"}])"_s);
    row("css: the visible one after a hidden one",
        uR"(<a class="connexion" href="#" hidden>Se connecter</a><a class="connexion" id="b" href="#">Se connecter</a>)"_s,
        uR"("target": [{"css": ".connexion"}])"_s,
        u"document.getElementById('b')"_s,
        u"byCss looks only at the first match (querySelector): a visible match after a hidden one is never found"_s);

    // ---- several locators: the first that finds wins
    row("locators: the first that finds",
        uR"(<button id="autre">Autre</button><button id="b">Valider</button>)"_s,
        uR"("target": [{"css": "#absent"}, {"text": "Valider"}, {"css": "#autre"}])"_s,
        u"document.getElementById('b')"_s);

    // ---- shadow DOM
    row("shadow: text in an open shadow root",
        uR"(<p>Avant</p><div id="hote"><template shadowrootmode="open"><p>Dedans</p><button id="b">Envoyer</button></template></div>)"_s,
        uR"("target": [{"text": "Envoyer"}])"_s,
        u"document.getElementById('hote').shadowRoot.getElementById('b')"_s);
    row("shadow: css in nested open shadow roots",
        uR"(<div id="hote"><template shadowrootmode="open"><div id="hote2"><template shadowrootmode="open"><button id="b">Envoyer</button></template></div></template></div>)"_s,
        uR"("target": [{"css": "#b"}])"_s,
        u"document.getElementById('hote').shadowRoot.getElementById('hote2').shadowRoot.getElementById('b')"_s);
    row("shadow: a label in the same shadow root",
        uR"(<div id="hote"><template shadowrootmode="open"><label for="b">Code</label><input id="a"> <input id="b"></template></div>)"_s,
        uR"("target": [{"label": "Code"}])"_s,
        u"document.getElementById('hote').shadowRoot.getElementById('b')"_s);
    row("shadow: a role named by aria-labelledby in its shadow root",
        uR"(<div id="hote"><template shadowrootmode="open"><span id="t">Suivant</span><div id="b" role="button" aria-labelledby="t">→</div></template></div>)"_s,
        uR"("target": [{"role": "button", "name": "Suivant"}])"_s,
        u"document.getElementById('hote').shadowRoot.getElementById('b')"_s);
    row("shadow: a closed shadow root is out of reach: none",
        uR"(<div id="hote"><template shadowrootmode="closed"><button id="b">Envoyer</button></template></div>)"_s,
        uR"("target": [{"text": "Envoyer"}, {"css": "#b"}, {"role": "button", "name": "Envoyer"}])"_s);

    // ---- frames
    row("frame: a same-origin frame is searched when none is given",
        uR"(<iframe id="f" srcdoc="<p>Paiement</p><button id='b'>Payer</button>"></iframe>)"_s,
        uR"("target": [{"text": "Payer"}])"_s,
        u"document.getElementById('f').contentDocument.getElementById('b')"_s);
    row("frame: a label in a frame when none is given",
        uR"(<iframe id="f" srcdoc="<input id='a'><label for='b'>Carte</label><input id='b'>"></iframe>)"_s,
        uR"("target": [{"label": "Carte"}])"_s,
        u"document.getElementById('f').contentDocument.getElementById('b')"_s);
    row("frame: css in a frame when none is given",
        uR"(<iframe id="f" srcdoc="<input name='carte'> <input id='b' name='cvv'>"></iframe>)"_s,
        uR"("target": [{"css": "input[name=cvv]"}])"_s,
        u"document.getElementById('f').contentDocument.getElementById('b')"_s);
    row("frame: nested same-origin frames when none is given",
        uR"(<iframe id="f" srcdoc="<iframe srcdoc='<button id=b>Payer</button>'></iframe>"></iframe>)"_s,
        uR"("target": [{"text": "Payer"}])"_s,
        u"document.getElementById('f').contentDocument.querySelector('iframe').contentDocument.getElementById('b')"_s);
    row("frame: in the frame given, not the page around it",
        uR"(<button>Valider</button><iframe id="f" srcdoc="<button id='b'>Valider</button>"></iframe>)"_s,
        uR"("target": [{"text": "Valider"}], "frame": "#f")"_s,
        u"document.getElementById('f').contentDocument.getElementById('b')"_s);
    row("frame: the frame given among two",
        uR"(<iframe name="pub" srcdoc="<button>Valider</button>"></iframe><iframe id="f" name="paiement" srcdoc="<p>Carte</p><button id='b'>Valider</button>"></iframe>)"_s,
        uR"("target": [{"role": "button", "name": "Valider"}], "frame": "iframe[name=paiement]")"_s,
        u"document.getElementById('f').contentDocument.getElementById('b')"_s);
    row("frame: a frame given inside a shadow root",
        uR"(<div id="hote"><template shadowrootmode="open"><iframe id="f" srcdoc="<input id='b' placeholder='Montant'>"></iframe></template></div>)"_s,
        uR"("target": [{"label": "Montant"}], "frame": "#f")"_s,
        u"document.getElementById('hote').shadowRoot.getElementById('f').contentDocument.getElementById('b')"_s);
    row("frame: a frame with padding",
        uR"(<iframe id="f" style="padding: 20px 30px" srcdoc="<button id='b'>Payer</button>"></iframe>)"_s,
        uR"("target": [{"text": "Payer"}])"_s,
        u"document.getElementById('f').contentDocument.getElementById('b')"_s,
        u"topRect adds the frame's border (clientLeft/Top) but not its padding"_s);
    row("frame: not outside the frame given: none",
        uR"(<button>Valider</button><iframe id="f" srcdoc="<p>Rien ici</p>"></iframe>)"_s,
        uR"("target": [{"text": "Valider"}, {"css": "button"}], "frame": "#f")"_s);
    row("frame: not in a frame inside the frame given: none",
        uR"(<iframe id="f" srcdoc="<iframe srcdoc='<button>Valider</button>'></iframe>"></iframe>)"_s,
        uR"("target": [{"text": "Valider"}, {"css": "button"}], "frame": "#f")"_s);
    row("frame: a frame given that is not there: none", uR"(<button>Valider</button>)"_s, uR"("target": [{"text": "Valider"}], "frame": "#absent")"_s);
    row("frame: a frame given that is no frame: none",
        uR"(<div id="f"><button>Valider</button></div>)"_s,
        uR"("target": [{"text": "Valider"}], "frame": "#f")"_s);
    row("frame: a cross-origin frame is out of reach: none",
        uR"(<iframe id="f" src="data:text/html,<button id=b>Valider</button>"></iframe>)"_s,
        uR"("target": [{"text": "Valider"}, {"css": "#b"}])"_s);

    // ---- what stands in the way (realpage.js): the way out is highlighted first
    const auto covered = [&cases](const char *name, const QString &body, const QString &stepTarget, const QString &wayOut, const QString &kind) {
        cases.append({name, body, stepTarget, wayOut, {}, kind});
    };
    const QString backdrop = u"position:fixed;inset:0;background:rgba(0,0,0,.5)"_s;
    const QString middle = u"position:fixed;left:150px;top:150px;width:400px;background:#fff"_s;
    covered("obstacle: a tarteaucitron banner over the target: refuse",
        uR"(<button id="c">Valider</button><div id="tarteaucitronRoot"><div id="tarteaucitronBack" style="%1"></div><div id="tarteaucitronAlertBig" style="%2"><p>Ce site utilise des cookies.</p><button>Tout accepter</button> <button id="b">Tout refuser</button></div></div>)"_s
            .arg(backdrop, middle),
        uR"("target": [{"css": "#c"}])"_s,
        u"document.getElementById('b')"_s,
        u"cookies"_s);
    covered("obstacle: a consent banner that only accepts: accept",
        uR"(<button id="c" style="margin-top:200px">Valider</button><div class="fr-consent-banner" style="%1;height:auto"><p>Cookies</p><button id="b">J'accepte</button></div>)"_s.arg(backdrop),
        uR"("target": [{"css": "#c"}])"_s,
        u"document.getElementById('b')"_s,
        u"cookies"_s);
    covered("obstacle: a site's pop-in, its backdrop beside it: close",
        uR"(<button id="c" style="margin:200px 0 0 250px">Valider</button><div style="%1"></div><div role="dialog" aria-modal="true" style="%2"><h2>Information</h2><p>Travaux dimanche.</p><button id="b">Fermer</button></div>)"_s
            .arg(backdrop, middle),
        uR"("target": [{"css": "#c"}])"_s,
        u"document.getElementById('b')"_s,
        u"dialog"_s);
    covered("obstacle: in a closed details: its summary",
        uR"(<details><summary id="b">Plus d'informations</summary><a href="#x">Le formulaire</a></details>)"_s,
        uR"("target": [{"text": "Le formulaire"}])"_s,
        u"document.getElementById('b')"_s,
        u"closed"_s);
    covered("obstacle: in a collapsed accordion (aria-controls): its button",
        uR"(<h3><button id="b" aria-expanded="false" aria-controls="acc">Vos droits</button></h3><div class="fr-collapse" id="acc" hidden><p><a href="#x">Télécharger le formulaire</a></p></div>)"_s,
        uR"("target": [{"role": "link", "name": "Télécharger le formulaire"}])"_s,
        u"document.getElementById('b')"_s,
        u"closed"_s);
    cases.append({"obstacle: a banner at the bottom, away from the target: the target",
        uR"(<button id="b">Valider</button><div class="fr-consent-banner" style="position:fixed;left:0;right:0;bottom:0;height:80px;background:#fff"><button>Tout refuser</button></div>)"_s,
        uR"("target": [{"css": "#b"}])"_s,
        u"document.getElementById('b')"_s, {}, {}});
    cases.append({"obstacle: hidden with nothing to open it: none",
        uR"(<div style="display:none"><button>Valider</button></div>)"_s,
        uR"("target": [{"text": "Valider"}])"_s, {}, {}, {}});
    return cases;
}

} // namespace pasapas::test
