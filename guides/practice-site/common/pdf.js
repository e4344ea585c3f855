// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas — site d'entraînement. A tiny PDF writer, for the CV and the
// cover letter pages: one A4 page, Helvetica and Helvetica-Bold (the PDF
// standard fonts: nothing to embed), WinAnsi encoding, no library.
// It runs only in the page: what it writes is never sent anywhere.
//
//   const pdf = PdfPratique.creer(blocs);   // {octets: Uint8Array, remplaces: n}
//   const url = URL.createObjectURL(new Blob([pdf.octets], {type: 'application/pdf'}));
//
// A bloc is one of:
//   {texte: 'Un paragraphe\nun autre', taille: 11, gras: false, couleur: [0, 0, 0],
//    avant: 0, apres: 0, alignement: 'gauche' | 'droite', retrait: 0}
//   {filet: true, avant: 4, apres: 8}          a thin horizontal line
//   {espace: 12}                               empty space, in points
// Everything shrinks a little when it does not fit; it always stays on one page.
(function (global) {
    'use strict';

    const PAGE_LARGEUR = 595;
    const PAGE_HAUTEUR = 842;
    const MARGE = 56;

    // Advance widths (1/1000 of the font size) of WinAnsi codes 32 to 255.
    const LARGEURS = {
        normal: [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
            556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
            278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
            667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
            556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500],
        gras: [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
            975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
            333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
            556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
            278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
            722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
            556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556],
    };

    // The WinAnsi codes 128 to 159 that differ from Latin-1.
    const WINANSI = {
        0x20AC: 128, 0x201A: 130, 0x0192: 131, 0x201E: 132, 0x2026: 133, 0x2020: 134, 0x2021: 135, 0x02C6: 136,
        0x2030: 137, 0x0160: 138, 0x2039: 139, 0x0152: 140, 0x017D: 142, 0x2018: 145, 0x2019: 146, 0x201C: 147,
        0x201D: 148, 0x2022: 149, 0x2013: 150, 0x2014: 151, 0x02DC: 152, 0x2122: 153, 0x0161: 154, 0x203A: 155,
        0x0153: 156, 0x017E: 158, 0x0178: 159,
    };
    // Letters with no WinAnsi code and no decomposition.
    const PROCHES = {0x0131: 'i', 0x0141: 'L', 0x0142: 'l', 0x0110: 'D', 0x0111: 'd', 0x2010: '-', 0x2011: '-', 0x2212: '-'};
    const ESPACES = /[\u2000-\u200A\u202F\u205F\u3000]/g;

    function codeDe(caractere) {
        const c = caractere.codePointAt(0);
        if ((c >= 32 && c <= 126) || (c >= 160 && c <= 255)) {
            return c;
        }
        return WINANSI[c] || 0;
    }

    // Text -> WinAnsi codes. A character with no code becomes its letter
    // without accent when there is one (ș -> s), otherwise "?".
    function encoder(texte, compte) {
        const codes = [];
        const propre = String(texte).normalize('NFC').replace(ESPACES, ' ').replace(/\t/g, ' ');
        for (const caractere of propre) {
            const c = caractere.codePointAt(0);
            if (c < 32 || (c >= 127 && c < 160) || c === 0x200B || c === 0xFE0F || c === 0x200D) {
                continue; // control characters, invisible joiners
            }
            let code = codeDe(caractere);
            if (!code && PROCHES[c]) {
                code = codeDe(PROCHES[c]);
            }
            if (!code) {
                const base = caractere.normalize('NFD').charAt(0);
                code = base !== caractere ? codeDe(base) : 0;
            }
            if (!code) {
                code = 63; // "?"
                compte.remplaces += 1;
            }
            codes.push(code);
        }
        return codes;
    }

    function largeur(codes, gras, taille) {
        const table = gras ? LARGEURS.gras : LARGEURS.normal;
        let total = 0;
        for (const c of codes) {
            total += table[c - 32] || 556;
        }
        return total * taille / 1000;
    }

    // Cuts a paragraph (codes) into lines no wider than max points.
    function couper(codes, gras, taille, max) {
        const lignes = [];
        let ligne = [];
        let mot = [];
        const finirMot = function () {
            if (!mot.length) {
                return;
            }
            const essai = ligne.length ? ligne.concat([32], mot) : mot;
            if (largeur(essai, gras, taille) <= max) {
                ligne = essai;
            } else {
                if (ligne.length) {
                    lignes.push(ligne);
                }
                ligne = [];
                // A word longer than a line is cut where it must.
                let reste = mot;
                while (largeur(reste, gras, taille) > max) {
                    let n = reste.length - 1;
                    while (n > 1 && largeur(reste.slice(0, n), gras, taille) > max) {
                        n -= 1;
                    }
                    lignes.push(reste.slice(0, n));
                    reste = reste.slice(n);
                }
                ligne = reste;
            }
            mot = [];
        };
        for (const c of codes) {
            if (c === 32) { // a no-break space (160) keeps its words together
                finirMot();
            } else {
                mot.push(c);
            }
        }
        finirMot();
        if (ligne.length || !lignes.length) {
            lignes.push(ligne);
        }
        return lignes;
    }

    function hex(codes) {
        let s = '';
        for (const c of codes) {
            s += (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
        }
        return '<' + s + '>';
    }

    function nombre(x) {
        return (Math.round(x * 100) / 100).toString();
    }

    // Places every bloc at scale s. Returns the drawing operators and whether it fit.
    function mettreEnPage(blocs, s, couperEnBas, compte) {
        const ops = [];
        let y = PAGE_HAUTEUR - MARGE;
        let deborde = false;
        for (const bloc of blocs) {
            if (deborde) {
                break;
            }
            y -= (bloc.avant || 0) * s;
            if (bloc.espace) {
                y -= bloc.espace * s;
                continue;
            }
            if (bloc.filet) {
                ops.push('0.6 w 0.55 0.58 0.6 RG ' + nombre(MARGE) + ' ' + nombre(y) + ' m ' + nombre(PAGE_LARGEUR - MARGE) + ' ' + nombre(y) + ' l S');
                y -= (bloc.apres || 0) * s;
                continue;
            }
            const taille = (bloc.taille || 11) * s;
            const gras = !!bloc.gras;
            const interligne = taille * 1.32;
            const retrait = (bloc.retrait || 0);
            const max = PAGE_LARGEUR - 2 * MARGE - retrait;
            const couleur = bloc.couleur || [0.11, 0.13, 0.15];
            const paragraphes = String(bloc.texte || '').replace(/\r\n?/g, '\n').split('\n');
            for (const paragraphe of paragraphes) {
                const codes = encoder(paragraphe.trim(), compte);
                for (const ligne of couper(codes, gras, taille, max)) {
                    if (y - interligne < MARGE) {
                        deborde = true;
                        if (couperEnBas) {
                            ops.push('BT /F1 ' + nombre(taille) + ' Tf 0.3 0.33 0.35 rg 1 0 0 1 ' + nombre(MARGE + retrait) + ' ' + nombre(y - taille) + ' Tm <85> Tj ET');
                        }
                        break;
                    }
                    if (ligne.length) {
                        const l = largeur(ligne, gras, taille);
                        const x = bloc.alignement === 'droite' ? PAGE_LARGEUR - MARGE - l : MARGE + retrait;
                        ops.push('BT /' + (gras ? 'F2' : 'F1') + ' ' + nombre(taille) + ' Tf ' + couleur.map(nombre).join(' ') + ' rg 1 0 0 1 '
                            + nombre(x) + ' ' + nombre(y - taille) + ' Tm ' + hex(ligne) + ' Tj ET');
                    }
                    y -= interligne;
                }
                if (deborde) {
                    break;
                }
            }
            y -= (bloc.apres || 0) * s;
        }
        return {ops: ops, tient: !deborde};
    }

    // A PDF string for the document information (octal escapes for non-ASCII).
    function chaine(texte) {
        let s = '(';
        for (const c of encoder(texte, {remplaces: 0})) {
            if (c === 40 || c === 41 || c === 92) {
                s += '\\' + String.fromCharCode(c);
            } else if (c < 32 || c > 126) {
                s += '\\' + c.toString(8).padStart(3, '0');
            } else {
                s += String.fromCharCode(c);
            }
        }
        return s + ')';
    }

    function creer(blocs, titre) {
        let page = null;
        let compte = {remplaces: 0};
        for (const s of [1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64]) {
            compte = {remplaces: 0};
            page = mettreEnPage(blocs, s, false, compte);
            if (page.tient) {
                break;
            }
        }
        if (!page.tient) {
            compte = {remplaces: 0};
            page = mettreEnPage(blocs, 0.64, true, compte);
        }
        const contenu = page.ops.join('\n') + '\n';
        const objets = [
            '<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ' + PAGE_LARGEUR + ' ' + PAGE_HAUTEUR + '] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
            '<< /Length ' + contenu.length + ' >>\nstream\n' + contenu + 'endstream',
            '<< /Title ' + chaine(titre || 'Document') + ' /Producer ' + chaine('Pas à pas, site d\'entraînement') + ' >>',
        ];
        // Every character below is one byte (codes under 256).
        let pdf = '%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n';
        const positions = [];
        objets.forEach(function (objet, i) {
            positions.push(pdf.length);
            pdf += (i + 1) + ' 0 obj\n' + objet + '\nendobj\n';
        });
        const xref = pdf.length;
        pdf += 'xref\n0 ' + (objets.length + 1) + '\n0000000000 65535 f \n';
        for (const p of positions) {
            pdf += String(p).padStart(10, '0') + ' 00000 n \n';
        }
        pdf += 'trailer\n<< /Size ' + (objets.length + 1) + ' /Root 1 0 R /Info ' + objets.length + ' 0 R >>\nstartxref\n' + xref + '\n%%EOF\n';
        const octets = new Uint8Array(pdf.length);
        for (let i = 0; i < pdf.length; ++i) {
            octets[i] = pdf.charCodeAt(i);
        }
        return {octets: octets, remplaces: compte.remplaces};
    }

    // Shows a made PDF on the page: "ready", a link the person taps to
    // download it (a blob: address, saved in the session's documents), and a
    // "downloaded" line once tapped. One link at a time: a new PDF replaces it.
    let lienActuel = null;
    function proposer(resultat, pdf, textes) {
        if (lienActuel) {
            URL.revokeObjectURL(lienActuel);
        }
        lienActuel = URL.createObjectURL(new Blob([pdf.octets], {type: 'application/pdf'}));
        resultat.textContent = '';
        const pret = document.createElement('p');
        pret.className = 'succes';
        pret.textContent = textes.pret;
        resultat.appendChild(pret);
        if (pdf.remplaces > 0) {
            const note = document.createElement('p');
            note.textContent = 'Certains signes ne peuvent pas être écrits dans le PDF : ils sont remplacés par « ? ».';
            resultat.appendChild(note);
        }
        const lien = document.createElement('a');
        lien.id = textes.idLien;
        lien.className = 'bouton';
        lien.href = lienActuel;
        lien.download = textes.fichier;
        lien.textContent = textes.lien;
        lien.addEventListener('click', function () {
            if (!document.getElementById(textes.idFait)) {
                const fait = document.createElement('p');
                fait.id = textes.idFait;
                fait.className = 'succes';
                fait.textContent = textes.fait;
                resultat.appendChild(fait);
            }
        });
        const actions = document.createElement('div');
        actions.className = 'actions';
        actions.appendChild(lien);
        resultat.appendChild(actions);
    }

    const api = {creer: creer, proposer: proposer};
    if (typeof module !== 'undefined' && module.exports) {
        module.exports = api; // for checking it outside a browser
    } else {
        global.PdfPratique = api;
    }
})(this);
