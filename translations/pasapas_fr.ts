<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
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
</TS>
