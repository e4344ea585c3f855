<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1 : %n session</numerusform>
            <numerusform>%1 : %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1, étape %2 : %n session</numerusform>
            <numerusform>%1, étape %2 : %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ environ %n minute</numerusform>
            <numerusform>⏱ environ %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ Durée : environ %n minute</numerusform>
            <numerusform>⏱ Durée : environ %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>%n seconde avant l&apos;effacement</numerusform>
            <numerusform>%n secondes avant l&apos;effacement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n chiffre tapé</numerusform>
            <numerusform>%n chiffres tapés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Code faux. Trop d&apos;essais : réessayez dans %n seconde.</numerusform>
            <numerusform>Code faux. Trop d&apos;essais : réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>Code faux. Il reste %n essai avant le blocage.</numerusform>
            <numerusform>Code faux. Il reste %n essais avant le blocage.</numerusform>
        </translation>
    </message>
</context>
</TS>
