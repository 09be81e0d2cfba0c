<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ArchiveStudySource</name>
        <message>
            <source>The patient has no ID, so %1 was not asked.</source>
            <translation>Der Patient hat keine ID, daher wurde %1 nicht abgefragt.</translation>
        </message>
    </context>
    <context>
        <name>BeatPhaseMapper</name>
        <message numerus="yes">
            <source>%n beat(s) from R waves</source>
            <translation>
                <numerusform>%n Herzschlag aus R-Zacken</numerusform>
                <numerusform>%n Herzschläge aus R-Zacken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from marked end-diastolic frames</source>
            <translation>
                <numerusform>%n Herzschlag aus markierten enddiastolischen Frames</numerusform>
                <numerusform>%n Herzschläge aus markierten enddiastolischen Frames</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from the R Wave Pointer (0028,6040)</source>
            <translation>
                <numerusform>%n Herzschlag aus dem R Wave Pointer (0028,6040)</numerusform>
                <numerusform>%n Herzschläge aus dem R Wave Pointer (0028,6040)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from R waves on the loop's ECG</source>
            <translation>
                <numerusform>%n Herzschlag aus R-Zacken im EKG der Schleife</numerusform>
                <numerusform>%n Herzschläge aus R-Zacken im EKG der Schleife</numerusform>
            </translation>
        </message>
        <message>
            <source>phase from the whole loop (no R waves or marks)</source>
            <translation>Phase aus dem gesamten Loop (keine R-Zacken oder Markierungen)</translation>
        </message>
    </context>
    <context>
        <name>CardiacCineGrouper</name>
        <message>
            <source>, position %1 mm</source>
            <translation>, Position %1 mm</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>The file lacks %1, so it cannot be placed in a study.</source>
            <translation>Der Datei fehlt %1, daher kann sie keiner Untersuchung zugeordnet werden.</translation>
        </message>
        <message>
            <source>Cannot create the catalog folder %1.</source>
            <translation>Der Katalogordner %1 kann nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Cannot create the catalog file %1: %2</source>
            <translation>Die Katalogdatei %1 kann nicht erstellt werden: %2</translation>
        </message>
        <message>
            <source>The catalog is not open.</source>
            <translation>Der Katalog ist nicht geöffnet.</translation>
        </message>
        <message>
            <source>Cannot write the import log: %1</source>
            <translation>Das Importprotokoll kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Cannot start a catalog transaction: %1</source>
            <translation>Eine Katalogtransaktion kann nicht gestartet werden: %1</translation>
        </message>
        <message>
            <source>The DICOMDIR lists %1, which is not on the media.</source>
            <translation>Das DICOMDIR verweist auf %1, das sich nicht auf dem Datenträger befindet.</translation>
        </message>
        <message>
            <source>The catalog database failed; the last %1 files were not recorded: %2</source>
            <translation>Die Katalogdatenbank ist fehlgeschlagen; die letzten %1 Dateien wurden nicht erfasst: %2</translation>
        </message>
        <message>
            <source>Cannot commit to the catalog: %1</source>
            <translation>Commit in den Katalog nicht möglich: %1</translation>
        </message>
        <message>
            <source>The disk holding the managed store %1 is full; the import stopped. The files copied so far are catalogued; free some space and import again to add the rest.</source>
            <translation>Der Datenträger mit dem verwalteten Speicher %1 ist voll; der Import wurde angehalten. Die bisher kopierten Dateien sind katalogisiert; geben Sie Speicherplatz frei und importieren Sie erneut, um den Rest hinzuzufügen.</translation>
        </message>
        <message>
            <source>Cannot finish the import log: %1</source>
            <translation>Das Importprotokoll kann nicht abgeschlossen werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the file locations: %1</source>
            <translation>Die Dateispeicherorte können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot record missing files: %1</source>
            <translation>Fehlende Dateien können nicht erfasst werden: %1</translation>
        </message>
    </context>
    <context>
        <name>CatalogCredentials</name>
        <message>
            <source>Shared study catalog</source>
            <translation>Gemeinsamer Untersuchungskatalog</translation>
        </message>
        <message>
            <source>%1

Password of %2 (kept in %3):</source>
            <translation>%1

Passwort von %2 (gespeichert in %3):</translation>
        </message>
    </context>
    <context>
        <name>CatalogDatabase</name>
        <message>
            <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
            <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
        </message>
        <message>
            <source>Cannot open the catalog %1: %2</source>
            <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>The catalog %1 cannot be written and is at schema version %2; this program needs version %3. Open it once where it can be written to upgrade it.</source>
            <translation>Der Katalog %1 ist nicht beschreibbar und hat Schemaversion %2; dieses Programm benötigt Version %3. Öffnen Sie ihn einmal an einem Ort mit Schreibzugriff, um ihn zu aktualisieren.</translation>
        </message>
    </context>
    <context>
        <name>CatalogSchema</name>
        <message>
            <source>Could not configure the catalog database (%1): %2</source>
            <translation>Die Katalogdatenbank konnte nicht konfiguriert werden (%1): %2</translation>
        </message>
        <message>
            <source>The catalog was written by a newer version of Continuum (schema version %1; this program understands up to %2). Update Continuum or use another catalog file.</source>
            <translation>Der Katalog wurde von einer neueren Version von Continuum geschrieben (Schemaversion %1; dieses Programm unterstützt bis %2). Aktualisieren Sie Continuum oder verwenden Sie eine andere Katalogdatei.</translation>
        </message>
        <message>
            <source>Could not lock the catalog schema for migration: %1</source>
            <translation>Das Katalogschema konnte für die Migration nicht gesperrt werden: %1</translation>
        </message>
        <message>
            <source>Could not create the schema_version table: %1</source>
            <translation>Die Tabelle schema_version konnte nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>Could not read the catalog schema version: %1</source>
            <translation>Die Schemaversion des Katalogs konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Could not start the migration to schema version %1: %2</source>
            <translation>Die Migration auf Schemaversion %1 konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>Migration to schema version %1 failed: %2</source>
            <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Could not record schema version %1: %2</source>
            <translation>Schemaversion %1 konnte nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Could not commit schema version %1: %2</source>
            <translation>Schemaversion %1 konnte nicht festgeschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>CharsetDecoder</name>
        <message>
            <source>Specific Character Set has an empty value at position %1; ignored</source>
            <translation>Specific Character Set hat an Position %1 einen leeren Wert; ignoriert</translation>
        </message>
        <message>
            <source>Unknown Specific Character Set term "%1"; text is decoded as Latin-1 (ISO_IR 100)</source>
            <translation>Unbekannter Specific-Character-Set-Begriff „%1“; Text wird als Latin-1 (ISO_IR 100) dekodiert</translation>
        </message>
        <message>
            <source>Non-standard Specific Character Set term "%1" read as "%2"</source>
            <translation>Nicht standardkonformer Specific-Character-Set-Begriff „%1“ als „%2“ gelesen</translation>
        </message>
    </context>
    <context>
        <name>CineSourceLister</name>
        <message>
            <source>%1, instance %2 (%3)</source>
            <translation>%1, Instanz %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (%2, single-frame cine)</source>
            <translation>%1 (%2, Einzelbild-Cine)</translation>
        </message>
        <message>
            <source>The cine source has no files.</source>
            <translation>Die Cine-Quelle enthält keine Dateien.</translation>
        </message>
        <message>
            <source>%1, instance %2</source>
            <translation>%1, Instanz %2</translation>
        </message>
        <message>
            <source>The images of this cine no longer share one position.</source>
            <translation>Die Bilder dieser Cine-Sequenz haben keine gemeinsame Position mehr.</translation>
        </message>
    </context>
    <context>
        <name>CineTexturePresenter</name>
        <message>
            <source>Cine shader does not compile: %1</source>
            <translation>Cine-Shader lässt sich nicht kompilieren: %1</translation>
        </message>
        <message>
            <source>Cine shader does not link: %1</source>
            <translation>Cine-Shader lässt sich nicht linken: %1</translation>
        </message>
    </context>
    <context>
        <name>CineTiming</name>
        <message>
            <source>Frame Time Vector</source>
            <translation>Frame Time Vector</translation>
        </message>
        <message>
            <source>Frame Time</source>
            <translation>Frame Time</translation>
        </message>
        <message>
            <source>Cine Rate</source>
            <translation>Cine Rate</translation>
        </message>
        <message>
            <source>Recommended Display Frame Rate</source>
            <translation>Recommended Display Frame Rate</translation>
        </message>
        <message>
            <source>Trigger Time</source>
            <translation>Trigger Time</translation>
        </message>
        <message>
            <source>no timing in the file, default rate</source>
            <translation>keine Zeitangaben in der Datei, Standardrate</translation>
        </message>
        <message>
            <source>overridden: %1 fps (file: %2 fps)</source>
            <translation>überschrieben: %1 fps (Datei: %2 fps)</translation>
        </message>
        <message>
            <source>%1 fps (%2)</source>
            <translation>%1 fps (%2)</translation>
        </message>
    </context>
    <context>
        <name>ConfidentialityProfile</name>
        <message>
            <source>Cannot read the confidentiality profile table %1: %2</source>
            <translation>Die Tabelle des Vertraulichkeitsprofils %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1: the column header is missing or has %2 columns instead of %3</source>
            <translation>%1: Die Spaltenüberschrift fehlt oder hat %2 statt %3 Spalten</translation>
        </message>
        <message>
            <source>%1 line %2: %3 columns instead of %4</source>
            <translation>%1 Zeile %2: %3 statt %4 Spalten</translation>
        </message>
        <message>
            <source>%1 line %2: unknown action "%3"</source>
            <translation>%1 Zeile %2: unbekannte Aktion „%3“</translation>
        </message>
        <message>
            <source>%1 line %2: unknown option action "%3"</source>
            <translation>%1 Zeile %2: unbekannte Optionsaktion „%3“</translation>
        </message>
        <message>
            <source>%1 line %2: "%3" is not a tag</source>
            <translation>%1 Zeile %2: „%3“ ist kein Tag</translation>
        </message>
        <message>
            <source>%1 line %2: %3 is listed twice</source>
            <translation>%1 Zeile %2: %3 ist doppelt aufgeführt</translation>
        </message>
        <message>
            <source>%1 holds no rows</source>
            <translation>%1 enthält keine Zeilen</translation>
        </message>
        <message>
            <source>%1 does not say which edition of PS3.15 it came from ("# edition:" line)</source>
            <translation>%1 gibt nicht an, aus welcher Ausgabe von PS3.15 es stammt (Zeile „# edition:“)</translation>
        </message>
    </context>
    <context>
        <name>DecodeWorkerClient</name>
        <message>
            <source>cannot create a socket for the decode worker: %1</source>
            <translation>Socket für den Dekodier-Worker kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>cannot start %1: %2</source>
            <translation>%1 kann nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>the worker could not be waited for</source>
            <translation>auf den Worker konnte nicht gewartet werden</translation>
        </message>
        <message>
            <source>the worker was killed by signal %1 (%2)</source>
            <translation>der Worker wurde durch Signal %1 (%2) beendet</translation>
        </message>
        <message>
            <source>the worker exited with status %1</source>
            <translation>der Worker wurde mit Status %1 beendet</translation>
        </message>
        <message>
            <source>the worker ended</source>
            <translation>der Worker wurde beendet</translation>
        </message>
        <message>
            <source>cannot create shared memory: %1</source>
            <translation>Shared Memory kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>cannot size shared memory to %1 bytes: %2</source>
            <translation>Shared Memory kann nicht auf %1 Byte festgelegt werden: %2</translation>
        </message>
        <message>
            <source>cannot map shared memory: %1</source>
            <translation>Shared Memory kann nicht eingeblendet werden: %1</translation>
        </message>
        <message>
            <source>cannot send the request to the decode worker (%1)</source>
            <translation>die Anfrage kann nicht an den Dekodier-Worker gesendet werden (%1)</translation>
        </message>
        <message>
            <source>the worker did not finish within %1 s and was stopped</source>
            <translation>der Worker wurde nicht innerhalb von %1 s fertig und wurde angehalten</translation>
        </message>
    </context>
    <context>
        <name>Deidentifier</name>
        <message>
            <source>the patient name is empty</source>
            <translation>der Patientenname ist leer</translation>
        </message>
        <message>
            <source>the patient name contains a backslash, which separates DICOM values</source>
            <translation>der Patientenname enthält einen Backslash, der DICOM-Werte trennt</translation>
        </message>
        <message>
            <source>the patient name has more than 64 characters</source>
            <translation>der Patientenname hat mehr als 64 Zeichen</translation>
        </message>
        <message>
            <source>the patient name has too many components (Family^Given^Middle^Prefix^Suffix)</source>
            <translation>der Patientenname hat zu viele Komponenten (Family^Given^Middle^Prefix^Suffix)</translation>
        </message>
        <message>
            <source>the patient name contains control characters</source>
            <translation>der Patientenname enthält Steuerzeichen</translation>
        </message>
        <message>
            <source>the patient ID is empty</source>
            <translation>die Patienten-ID ist leer</translation>
        </message>
        <message>
            <source>the patient ID has more than 64 characters</source>
            <translation>die Patienten-ID hat mehr als 64 Zeichen</translation>
        </message>
        <message>
            <source>the patient ID contains a backslash, which separates DICOM values</source>
            <translation>die Patienten-ID enthält einen Backslash, der DICOM-Werte trennt</translation>
        </message>
        <message>
            <source>the patient ID contains control characters</source>
            <translation>die Patienten-ID enthält Steuerzeichen</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>%1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>The dataset cannot be converted to UTF-8 for the non-ASCII patient name or ID: %1</source>
            <translation>Der Datensatz kann für den Nicht-ASCII-Patientennamen bzw. die ID nicht in UTF-8 umgewandelt werden: %1</translation>
        </message>
        <message>
            <source>Cannot write the de-identification attributes: %1</source>
            <translation>Die Attribute der De-Identifizierung können nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>DicomLengthGuard</name>
        <message>
            <source>%1 bytes</source>
            <translation>%1 Byte</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>an item of %1 at byte %2</source>
            <translation>ein Item von %1 bei Byte %2</translation>
        </message>
        <message>
            <source>element %1 at byte %2</source>
            <translation>Element %1 bei Byte %2</translation>
        </message>
        <message>
            <source>%1 of the inflated data set</source>
            <translation>%1 des entpackten Datensatzes</translation>
        </message>
        <message>
            <source>its enclosing item has %1 left</source>
            <translation>das umschließende Item hat noch %1</translation>
        </message>
        <message>
            <source>the data set inflates to %1</source>
            <translation>der Datensatz wird auf %1 entpackt</translation>
        </message>
        <message>
            <source>the file has %1</source>
            <translation>die Datei hat %1</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed): %1 claims %2 bytes; %3.</source>
            <translation>Keine lesbare DICOM-Datei (der Header konnte nicht gelesen werden): %1 beansprucht %2 Byte; %3.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed): %1 at byte %2.</source>
            <translation>Keine lesbare DICOM-Datei (der Header konnte nicht gelesen werden): %1 bei Byte %2.</translation>
        </message>
    </context>
    <context>
        <name>EncapsulatedDocumentReader</name>
        <message>
            <source>%1 has no Encapsulated Document (0042,0011)</source>
            <translation>%1 hat kein Encapsulated Document (0042,0011)</translation>
        </message>
        <message>
            <source>%1: Encapsulated Document Length is %2 but the document holds %3 bytes</source>
            <translation>%1: Encapsulated Document Length ist %2, aber das Dokument enthält %3 Byte</translation>
        </message>
    </context>
    <context>
        <name>EncapsulatedPixelData</name>
        <message>
            <source>Pixel data shorter than expected: %1.</source>
            <translation>Pixeldaten kürzer als erwartet: %1.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Encapsulated pixel data is malformed (unexpected element inside the fragment sequence).</source>
            <translation>Gekapselte Pixeldaten sind fehlerhaft (unerwartetes Element in der Fragmentsequenz).</translation>
        </message>
        <message>
            <source>The Basic Offset Table points outside the pixel data.</source>
            <translation>Die Basic Offset Table zeigt außerhalb der Pixeldaten.</translation>
        </message>
    </context>
    <context>
        <name>ExportCommands</name>
        <message>
            <source>Export a catalogued study to a new folder, optionally anonymized (DICOM PS3.15 Basic Application Level Confidentiality Profile), with a DICOMDIR and an ISO image for CD/USB.</source>
            <translation>Eine katalogisierte Untersuchung in einen neuen Ordner exportieren, optional anonymisiert (DICOM PS3.15 Basic Application Level Confidentiality Profile), mit DICOMDIR und ISO-Abbild für CD/USB.</translation>
        </message>
        <message>
            <source>Study Instance UID of the study to export.</source>
            <translation>Study Instance UID der zu exportierenden Untersuchung.</translation>
        </message>
        <message>
            <source>Catalog database file (default: $CONTINUUM_CATALOG or the user's data folder).</source>
            <translation>Katalogdatenbankdatei (Standard: $CONTINUUM_CATALOG oder der Datenordner des Benutzers).</translation>
        </message>
        <message>
            <source>Folder to create (must not exist yet, or be empty).</source>
            <translation>Zu erstellender Ordner (darf noch nicht existieren oder muss leer sein).</translation>
        </message>
        <message>
            <source>De-identify per PS3.15 Annex E (Table E.1-1): names, dates, UIDs, private tags...</source>
            <translation>De-Identifizierung gemäß PS3.15 Anhang E (Tabelle E.1-1): Namen, Daten, UIDs, private Tags...</translation>
        </message>
        <message>
            <source>Patient's Name to write (DICOM form Family^Given; default %1).</source>
            <translation>Zu schreibender Patient's Name (DICOM-Form Family^Given; Standard %1).</translation>
        </message>
        <message>
            <source>Patient ID to write (default: a new ANON-XXXXXXXX).</source>
            <translation>Zu schreibende Patient ID (Standard: eine neue ANON-XXXXXXXX).</translation>
        </message>
        <message>
            <source>Retain Longitudinal Temporal Information with Full Dates Option.</source>
            <translation>Retain Longitudinal Temporal Information with Full Dates Option.</translation>
        </message>
        <message>
            <source>Retain UIDs Option.</source>
            <translation>Retain UIDs Option.</translation>
        </message>
        <message>
            <source>Write a DICOMDIR (PS3.10/PS3.11 General Purpose profile).</source>
            <translation>Ein DICOMDIR schreiben (PS3.10/PS3.11 General Purpose Profile).</translation>
        </message>
        <message>
            <source>Also write an ISO 9660 image of the folder for CD/DVD or USB (implies --dicomdir).</source>
            <translation>Zusätzlich ein ISO-9660-Abbild des Ordners für CD/DVD oder USB schreiben (impliziert --dicomdir).</translation>
        </message>
        <message>
            <source>unexpected argument "%1": export takes options only</source>
            <translation>unerwartetes Argument „%1“: export akzeptiert nur Optionen</translation>
        </message>
        <message>
            <source>export needs --study-uid UID (list them with `continuum studies --json`)</source>
            <translation>export benötigt --study-uid UID (Auflistung mit `continuum studies --json`)</translation>
        </message>
        <message>
            <source>--study-uid: "%1" is not a DICOM UID (digits and dots, at most 64 characters)</source>
            <translation>--study-uid: „%1“ ist keine DICOM-UID (Ziffern und Punkte, höchstens 64 Zeichen)</translation>
        </message>
        <message>
            <source>export needs --out DIR (a new or empty folder)</source>
            <translation>export benötigt --out DIR (einen neuen oder leeren Ordner)</translation>
        </message>
        <message>
            <source>--%1 needs --anonymize</source>
            <translation>--%1 benötigt --anonymize</translation>
        </message>
        <message>
            <source>--iso needs a FILE</source>
            <translation>--iso benötigt eine DATEI</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>Katalog %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Exported %1 instances in %2 series to %3</source>
            <translation>%1 Instanzen in %2 Serien nach %3 exportiert</translation>
        </message>
        <message>
            <source>Anonymized as %1 (patient ID %2)</source>
            <translation>Anonymisiert als %1 (Patienten-ID %2)</translation>
        </message>
        <message>
            <source>DICOMDIR: %1</source>
            <translation>DICOMDIR: %1</translation>
        </message>
        <message>
            <source>ISO image: %1</source>
            <translation>ISO-Abbild: %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
    </context>
    <context>
        <name>FrameDecoder</name>
        <message>
            <source>Frame %1 does not exist (the image has %2).</source>
            <translation>Frame %1 existiert nicht (das Bild hat %2).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 lies beyond the end of the element.</source>
            <translation>Pixeldaten kürzer als erwartet: Frame %1 liegt hinter dem Ende des Elements.</translation>
        </message>
        <message>
            <source>File cannot be opened.</source>
            <translation>Datei kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the file ends inside frame %1.</source>
            <translation>Pixeldaten kürzer als erwartet: Die Datei endet innerhalb von Frame %1.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 is cut off (no end-of-image marker).</source>
            <translation>Pixeldaten kürzer als erwartet: Frame %1 ist abgeschnitten (kein End-of-Image-Marker).</translation>
        </message>
        <message>
            <source>Frame %1 could not be decoded (the codec failed).</source>
            <translation>Frame %1 konnte nicht dekodiert werden (der Codec ist fehlgeschlagen).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: %1 of %2 bytes decoded.</source>
            <translation>Pixeldaten kürzer als erwartet: %1 von %2 Byte dekodiert.</translation>
        </message>
    </context>
    <context>
        <name>GuardedPixelDecoder</name>
        <message>
            <source>frame %1 of %2</source>
            <translation>Frame %1 von %2</translation>
        </message>
        <message>
            <source>Not decoded: %1 crashed the decoder earlier in this session.</source>
            <translation>Nicht dekodiert: %1 hat den Decoder in dieser Sitzung bereits zum Absturz gebracht.</translation>
        </message>
        <message>
            <source>The decoder crashed on %1 (%2); the frame is skipped for this session.</source>
            <translation>Der Decoder ist bei %1 abgestürzt (%2); der Frame wird für diese Sitzung übersprungen.</translation>
        </message>
        <message>
            <source>The decode worker is unavailable for %1: %2</source>
            <translation>Der Dekodier-Worker ist für %1 nicht verfügbar: %2</translation>
        </message>
        <message>
            <source>Internal error: destination buffer too small.</source>
            <translation>Interner Fehler: Zielpuffer zu klein.</translation>
        </message>
        <message>
            <source>The decoder crashed on %1 (%2); the file is skipped for this session.</source>
            <translation>Der Decoder ist bei %1 abgestürzt (%2); die Datei wird für diese Sitzung übersprungen.</translation>
        </message>
    </context>
    <context>
        <name>HeaderReader</name>
        <message>
            <source>Window Center and Window Width have different numbers of values; ignoring the stored windows.</source>
            <translation>Window Center und Window Width haben unterschiedlich viele Werte; die gespeicherten Fenster werden ignoriert.</translation>
        </message>
        <message>
            <source>Unknown VOI LUT Function "%1"; using LINEAR.</source>
            <translation>Unbekannte VOI LUT Function „%1“; LINEAR wird verwendet.</translation>
        </message>
        <message>
            <source>Window width %1 is not valid; ignored.</source>
            <translation>Fensterbreite %1 ist ungültig; ignoriert.</translation>
        </message>
        <message>
            <source>The segmented palette is malformed.</source>
            <translation>Die segmentierte Palette ist fehlerhaft.</translation>
        </message>
        <message>
            <source>Overlay %1 has no size; not shown.</source>
            <translation>Overlay %1 hat keine Größe; nicht angezeigt.</translation>
        </message>
        <message>
            <source>Overlay %1 is embedded in the pixel data (retired encoding); not shown.</source>
            <translation>Overlay %1 ist in die Pixeldaten eingebettet (veraltete Kodierung); nicht angezeigt.</translation>
        </message>
        <message>
            <source>Overlay %1 data is shorter than its size; not shown.</source>
            <translation>Die Daten von Overlay %1 sind kürzer als seine Größe; nicht angezeigt.</translation>
        </message>
        <message>
            <source>Ultrasound regions have different calibrations; measurements use the first region's.</source>
            <translation>Ultraschallregionen haben unterschiedliche Kalibrierungen; Messungen verwenden die der ersten Region.</translation>
        </message>
        <message>
            <source>File not found.</source>
            <translation>Datei nicht gefunden.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>File cannot be read (not a regular file).</source>
            <translation>Datei kann nicht gelesen werden (keine reguläre Datei).</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading its header.</source>
            <translation>Die Datei ist fehlerhaft: Das DICOM-Toolkit ist beim Lesen des Headers fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed).</source>
            <translation>Keine lesbare DICOM-Datei (der Header konnte nicht gelesen werden).</translation>
        </message>
        <message>
            <source>No transfer syntax in the file meta information; the encoding was guessed.</source>
            <translation>Keine Transfer Syntax in den File Meta Information; die Kodierung wurde geschätzt.</translation>
        </message>
        <message>
            <source>Number of Frames "%1" is not a whole number; assuming 1.</source>
            <translation>Number of Frames „%1“ ist keine ganze Zahl; 1 wird angenommen.</translation>
        </message>
        <message>
            <source>Per-frame functional groups describe %1 frames but the image has %2.</source>
            <translation>Per-Frame Functional Groups beschreiben %1 Frames, das Bild hat aber %2.</translation>
        </message>
    </context>
    <context>
        <name>ImageSeries</name>
        <message>
            <source>The series has no images.</source>
            <translation>Die Serie enthält keine Bilder.</translation>
        </message>
        <message>
            <source>Not enough memory for this series (%1 MB).</source>
            <translation>Nicht genügend Arbeitsspeicher für diese Serie (%1 MB).</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
    </context>
    <context>
        <name>IncomingBatchImporter</name>
        <message>
            <source>The catalog could not record the complete series.</source>
            <translation>Der Katalog konnte die vollständige Serie nicht erfassen.</translation>
        </message>
    </context>
    <context>
        <name>IsoImageWriter</name>
        <message>
            <source>No ISO image tool is installed (install the xorriso or genisoimage package)</source>
            <translation>Kein Programm für ISO-Abbilder installiert (installieren Sie das Paket xorriso oder genisoimage)</translation>
        </message>
        <message>
            <source>%1 did not start: %2</source>
            <translation>%1 wurde nicht gestartet: %2</translation>
        </message>
        <message>
            <source>%1 failed (exit code %2): %3</source>
            <translation>%1 fehlgeschlagen (Exit-Code %2): %3</translation>
        </message>
    </context>
    <context>
        <name>KeyObjectSelectionReader</name>
        <message>
            <source>%1 is not a Key Object Selection Document (SOP Class %2)</source>
            <translation>%1 ist kein Key Object Selection Document (SOP Class %2)</translation>
        </message>
    </context>
    <context>
        <name>KeyObjectSelectionWriter</name>
        <message>
            <source>a key object selection needs at least one image</source>
            <translation>eine Key Object Selection benötigt mindestens ein Bild</translation>
        </message>
        <message>
            <source>"%1" (%2, %3) is not a Key Object Selection Document Title of CID 7010</source>
            <translation>„%1“ (%2, %3) ist kein Key Object Selection Document Title aus CID 7010</translation>
        </message>
        <message>
            <source>cannot build the key object selection tree (an image reference is invalid?)</source>
            <translation>der Key-Object-Selection-Baum kann nicht erstellt werden (ungültige Bildreferenz?)</translation>
        </message>
    </context>
    <context>
        <name>LaunchTargetResolver</name>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Patient ID %1 belongs to patients of different issuers (%2): the request must say which with --issuer.</source>
            <translation>Patient ID %1 gehört zu Patienten verschiedener Aussteller (%2): Die Anfrage muss mit --issuer angeben, welcher gemeint ist.</translation>
        </message>
        <message>
            <source>study %1</source>
            <translation>Untersuchung %1</translation>
        </message>
        <message>
            <source>accession number %1</source>
            <translation>Accession Number %1</translation>
        </message>
        <message>
            <source>any study</source>
            <translation>beliebige Untersuchung</translation>
        </message>
        <message>
            <source> (issuer %1)</source>
            <translation> (Aussteller %1)</translation>
        </message>
        <message>
            <source>Patient ID %1%2: %3 was found neither in the local catalog nor on the PACS.</source>
            <translation>Patient ID %1%2: %3 wurde weder im lokalen Katalog noch im PACS gefunden.</translation>
        </message>
    </context>
    <context>
        <name>LoopVideoExporter</name>
        <message>
            <source>The loop has no frames to export.</source>
            <translation>Der Loop enthält keine Frames zum Exportieren.</translation>
        </message>
        <message>
            <source>Frame %1: %2</source>
            <translation>Frame %1: %2</translation>
        </message>
        <message>
            <source>There is no frame on screen to save.</source>
            <translation>Es ist kein Frame auf dem Bildschirm, der gespeichert werden kann.</translation>
        </message>
        <message>
            <source>This libavcodec has no PNG encoder.</source>
            <translation>Diese libavcodec hat keinen PNG-Encoder.</translation>
        </message>
        <message>
            <source>Cannot open the PNG encoder: %1</source>
            <translation>Der PNG-Encoder kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Out of memory for the frame.</source>
            <translation>Nicht genügend Arbeitsspeicher für den Frame.</translation>
        </message>
        <message>
            <source>PNG encoding failed: %1</source>
            <translation>PNG-Kodierung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot create an MP4 container: %1</source>
            <translation>MP4-Container kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>This libavcodec has no H.264 encoder.</source>
            <translation>Diese libavcodec hat keinen H.264-Encoder.</translation>
        </message>
        <message>
            <source>Cannot open the H.264 encoder: %1</source>
            <translation>Der H.264-Encoder kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Cannot add a video stream.</source>
            <translation>Videostream kann nicht hinzugefügt werden.</translation>
        </message>
        <message>
            <source>Cannot set the stream parameters: %1</source>
            <translation>Die Stream-Parameter können nicht gesetzt werden: %1</translation>
        </message>
        <message>
            <source>Cannot write the MP4 header: %1</source>
            <translation>Der MP4-Header kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Out of memory for the video frames.</source>
            <translation>Nicht genügend Arbeitsspeicher für die Video-Frames.</translation>
        </message>
        <message>
            <source>Cannot convert RGB to YUV.</source>
            <translation>RGB kann nicht in YUV umgewandelt werden.</translation>
        </message>
        <message>
            <source>Frame size changed within the loop (%1 x %2, first %3 x %4).</source>
            <translation>Framegröße hat sich innerhalb des Loops geändert (%1 x %2, zuerst %3 x %4).</translation>
        </message>
        <message>
            <source>The encoder rejected a frame: %1</source>
            <translation>Der Encoder hat einen Frame abgelehnt: %1</translation>
        </message>
        <message>
            <source>Cannot flush the encoder: %1</source>
            <translation>Der Encoder kann nicht geleert werden: %1</translation>
        </message>
        <message>
            <source>Cannot finish the MP4 file: %1</source>
            <translation>Die MP4-Datei kann nicht abgeschlossen werden: %1</translation>
        </message>
        <message>
            <source>Encoding failed: %1</source>
            <translation>Kodierung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Cannot write to the MP4 file: %1</source>
            <translation>In die MP4-Datei kann nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n files and folders</source>
            <translation>
                <numerusform>%n Datei bzw. Ordner</numerusform>
                <numerusform>%n Dateien und Ordner</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManagedStore</name>
        <message>
            <source>Cannot create the managed store folder %1: %2</source>
            <translation>Der Ordner des verwalteten Speichers %1 kann nicht erstellt werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the free space of the managed store %1: %2</source>
            <translation>Der freie Speicherplatz des verwalteten Speichers %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Not enough free space to copy the files into the managed store %1: %2 MB needed, %3 MB free. Nothing was imported; free some space or import the files in place.</source>
            <translation>Nicht genügend freier Speicherplatz, um die Dateien in den verwalteten Speicher %1 zu kopieren: %2 MB benötigt, %3 MB frei. Es wurde nichts importiert; geben Sie Speicherplatz frei oder importieren Sie die Dateien am aktuellen Speicherort.</translation>
        </message>
        <message>
            <source>Cannot create a folder in the managed store: %1</source>
            <translation>Im verwalteten Speicher kann kein Ordner erstellt werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the file to copy it: %1</source>
            <translation>Die Datei kann zum Kopieren nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The managed store already holds a different file for SOP Instance UID %1; it was kept.</source>
            <translation>Der verwaltete Speicher enthält bereits eine andere Datei für SOP Instance UID %1; sie wurde beibehalten.</translation>
        </message>
        <message>
            <source>Cannot write into the managed store: %1</source>
            <translation>In den verwalteten Speicher kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Copying into the managed store failed: %1</source>
            <translation>Kopieren in den verwalteten Speicher fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>MeasurementReportReader</name>
        <message>
            <source>the report has no "Imaging Measurements" container (it is not a TID 1500 measurement report)</source>
            <translation>der Bericht hat keinen Container „Imaging Measurements“ (es ist kein TID-1500-Messbericht)</translation>
        </message>
    </context>
    <context>
        <name>MeasurementReportWriter</name>
        <message>
            <source>the language %1 is not in CID 5000</source>
            <translation>die Sprache %1 ist nicht in CID 5000</translation>
        </message>
        <message>
            <source>cannot add the observer: %1</source>
            <translation>der Beobachter kann nicht hinzugefügt werden: %1</translation>
        </message>
        <message>
            <source>the procedure reported %1 is not valid</source>
            <translation>die angegebene Prozedur %1 ist ungültig</translation>
        </message>
        <message>
            <source>cannot create the image library</source>
            <translation>die Bildbibliothek kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot create the image library group: %1</source>
            <translation>die Bildbibliotheksgruppe kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>cannot add %1 to the image library: %2</source>
            <translation>%1 kann nicht zur Bildbibliothek hinzugefügt werden: %2</translation>
        </message>
        <message>
            <source>a measurement group has no tracking identifier</source>
            <translation>eine Messgruppe hat keinen Tracking Identifier</translation>
        </message>
        <message>
            <source>measurement group "%1" has no measurement</source>
            <translation>Messgruppe „%1“ enthält keine Messung</translation>
        </message>
        <message>
            <source>cannot add measurement group "%1"</source>
            <translation>Messgruppe „%1“ kann nicht hinzugefügt werden</translation>
        </message>
        <message>
            <source>measurement group "%1": invalid tracking identifier, UID, finding or site</source>
            <translation>Messgruppe „%1“: ungültiger Tracking Identifier, UID, Befund oder Lokalisation</translation>
        </message>
        <message>
            <source>measurement "%1" of "%2": %3</source>
            <translation>Messung „%1“ von „%2“: %3</translation>
        </message>
        <message>
            <source>derivation "%1" is not valid</source>
            <translation>Ableitung „%1“ ist ungültig</translation>
        </message>
        <message>
            <source>measurement "%1" has a region but no image</source>
            <translation>Messung „%1“ hat eine Region, aber kein Bild</translation>
        </message>
        <message>
            <source>%1 is not an SR graphic type</source>
            <translation>%1 ist kein SR-Grafiktyp</translation>
        </message>
        <message>
            <source>the image reference of "%1": %2</source>
            <translation>die Bildreferenz von „%1“: %2</translation>
        </message>
        <message>
            <source>the TID 1500 report is not valid (DCMTK's template check)</source>
            <translation>der TID-1500-Bericht ist ungültig (Template-Prüfung von DCMTK)</translation>
        </message>
        <message>
            <source>cannot build the SR document: %1</source>
            <translation>das SR-Dokument kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>image %1 has no series or study UID for the evidence sequence</source>
            <translation>Bild %1 hat keine Serien- oder Study-UID für die Evidence Sequence</translation>
        </message>
    </context>
    <context>
        <name>MediaDirectoryReader</name>
        <message>
            <source>The DICOMDIR could not be read: its directory records are malformed.</source>
            <translation>Das DICOMDIR konnte nicht gelesen werden: Seine Verzeichniseinträge sind fehlerhaft.</translation>
        </message>
    </context>
    <context>
        <name>MediaDirectoryWriter</name>
        <message>
            <source>"%1" is not a valid DICOM file ID</source>
            <translation>„%1“ ist keine gültige DICOM-Datei-ID</translation>
        </message>
        <message>
            <source>Compressed images keep their transfer syntax; the General Purpose CD-R profile (STD-GEN-CD) expects uncompressed Explicit VR Little Endian, so some older media readers may not open them.</source>
            <translation>Komprimierte Bilder behalten ihre Transfer Syntax; das General Purpose CD-R Profile (STD-GEN-CD) erwartet unkomprimiertes Explicit VR Little Endian, daher können einige ältere Lesegeräte sie möglicherweise nicht öffnen.</translation>
        </message>
        <message>
            <source>Cannot create the DICOMDIR: %1</source>
            <translation>Das DICOMDIR kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>Cannot add %1 to the DICOMDIR: %2</source>
            <translation>%1 kann nicht zum DICOMDIR hinzugefügt werden: %2</translation>
        </message>
        <message>
            <source>Cannot write the DICOMDIR: %1</source>
            <translation>Das DICOMDIR kann nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>MprVolume</name>
        <message>
            <source>There is only one slice, so there is no volume to reformat.</source>
            <translation>Es gibt nur eine Schicht, daher kein Volumen zum Rekonstruieren.</translation>
        </message>
        <message>
            <source>The slices do not form a regular volume: %1</source>
            <translation>Die Schichten bilden kein reguläres Volumen: %1</translation>
        </message>
        <message>
            <source>Only greyscale images can be reformatted.</source>
            <translation>Nur Graustufenbilder können rekonstruiert werden.</translation>
        </message>
        <message>
            <source>Slice %1 is %2 mm off the line through the other slices, so the slices do not form a regular volume.</source>
            <translation>Schicht %1 liegt %2 mm neben der Linie durch die anderen Schichten, daher bilden die Schichten kein reguläres Volumen.</translation>
        </message>
        <message>
            <source>The slices do not advance along their normal.</source>
            <translation>Die Schichten schreiten nicht entlang ihrer Normalen fort.</translation>
        </message>
        <message>
            <source>Slice %1 could not be decoded.</source>
            <translation>Schicht %1 konnte nicht dekodiert werden.</translation>
        </message>
        <message>
            <source>The slice geometry is degenerate.</source>
            <translation>Die Schichtgeometrie ist degeneriert.</translation>
        </message>
        <message>
            <source>Not enough memory to reformat this series (%1 MB).</source>
            <translation>Nicht genügend Arbeitsspeicher, um diese Serie zu rekonstruieren (%1 MB).</translation>
        </message>
    </context>
    <context>
        <name>OfflineQueue</name>
        <message>
            <source>Cannot create the folder %1 for the offline queue.</source>
            <translation>Der Ordner %1 für die Offline-Warteschlange kann nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Cannot open the offline queue %1: %2</source>
            <translation>Die Offline-Warteschlange %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot prepare the offline queue %1: %2</source>
            <translation>Die Offline-Warteschlange %1 kann nicht vorbereitet werden: %2</translation>
        </message>
    </context>
    <context>
        <name>OncologyWorkspace</name>
        <message>
            <source>unknown date</source>
            <translation>unbekanntes Datum</translation>
        </message>
        <message>
            <source>no readable images</source>
            <translation>keine lesbaren Bilder</translation>
        </message>
    </context>
    <context>
        <name>PixelDecoder</name>
        <message>
            <source>Pixel data shorter than expected: the element holds %1 bytes, the image needs %2.</source>
            <translation>Pixeldaten kürzer als erwartet: Das Element enthält %1 Byte, das Bild benötigt %2.</translation>
        </message>
        <message>
            <source>File cannot be opened.</source>
            <translation>Datei kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the file ends after %1 of %2 bytes.</source>
            <translation>Pixeldaten kürzer als erwartet: Die Datei endet nach %1 von %2 Byte.</translation>
        </message>
        <message>
            <source>Reading the pixel data failed.</source>
            <translation>Lesen der Pixeldaten fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading it.</source>
            <translation>Die Datei ist fehlerhaft: Das DICOM-Toolkit ist beim Lesen fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The image could not be decoded (GDCM refused the pixel data).</source>
            <translation>Das Bild konnte nicht dekodiert werden (GDCM hat die Pixeldaten abgelehnt).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: %1 of %2 bytes decoded.</source>
            <translation>Pixeldaten kürzer als erwartet: %1 von %2 Byte dekodiert.</translation>
        </message>
        <message>
            <source>The image could not be decoded (the codec failed).</source>
            <translation>Das Bild konnte nicht dekodiert werden (der Codec ist fehlgeschlagen).</translation>
        </message>
        <message>
            <source>The JPEG 2000 codestream header could not be read.</source>
            <translation>Der Header des JPEG-2000-Codestreams konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The JPEG 2000 codestream could not be decoded (damaged or truncated).</source>
            <translation>Der JPEG-2000-Codestream konnte nicht dekodiert werden (beschädigt oder abgeschnitten).</translation>
        </message>
        <message>
            <source>The JPEG 2000 image has fewer components than Samples per Pixel.</source>
            <translation>Das JPEG-2000-Bild hat weniger Komponenten als Samples per Pixel.</translation>
        </message>
        <message>
            <source>The JPEG 2000 precision (%1 bits) does not fit Bits Allocated %2.</source>
            <translation>Die JPEG-2000-Genauigkeit (%1 Bit) passt nicht zu Bits Allocated %2.</translation>
        </message>
        <message>
            <source>The JPEG 2000 image size differs from Rows/Columns.</source>
            <translation>Die JPEG-2000-Bildgröße weicht von Rows/Columns ab.</translation>
        </message>
        <message>
            <source>The object has no pixel data (not an image).</source>
            <translation>Das Objekt enthält keine Pixeldaten (kein Bild).</translation>
        </message>
        <message>
            <source>Rows or Columns is missing or zero.</source>
            <translation>Rows oder Columns fehlt oder ist null.</translation>
        </message>
        <message>
            <source>Bits Allocated %1 is not supported.</source>
            <translation>Bits Allocated %1 wird nicht unterstützt.</translation>
        </message>
        <message>
            <source>Bits Stored %1 / High Bit %2 do not fit Bits Allocated %3.</source>
            <translation>Bits Stored %1 / High Bit %2 passen nicht zu Bits Allocated %3.</translation>
        </message>
        <message>
            <source>Samples per Pixel %1 is not supported.</source>
            <translation>Samples per Pixel %1 wird nicht unterstützt.</translation>
        </message>
        <message>
            <source>Photometric Interpretation is missing or unknown.</source>
            <translation>Photometric Interpretation fehlt oder ist unbekannt.</translation>
        </message>
        <message>
            <source>Samples per Pixel does not match the Photometric Interpretation.</source>
            <translation>Samples per Pixel passt nicht zur Photometric Interpretation.</translation>
        </message>
        <message>
            <source>Number of Frames %1 is implausible.</source>
            <translation>Number of Frames %1 ist unplausibel.</translation>
        </message>
        <message>
            <source>The image dimensions are implausibly large.</source>
            <translation>Die Bildabmessungen sind unplausibel groß.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the element holds %1 bytes, %2 frame(s) need %3.</source>
            <translation>Pixeldaten kürzer als erwartet: Das Element enthält %1 Byte, %2 Frame(s) benötigen %3.</translation>
        </message>
        <message>
            <source>Transfer syntax %1 (%2) cannot be decoded.</source>
            <translation>Transfer Syntax %1 (%2) kann nicht dekodiert werden.</translation>
        </message>
        <message>
            <source>Internal error: destination buffer too small.</source>
            <translation>Interner Fehler: Zielpuffer zu klein.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 of %2 is cut off (no end-of-image marker).</source>
            <translation>Pixeldaten kürzer als erwartet: Frame %1 von %2 ist abgeschnitten (kein End-of-Image-Marker).</translation>
        </message>
    </context>
    <context>
        <name>PresentationStateReader</name>
        <message>
            <source>unknown Graphic Type "%1"</source>
            <translation>unbekannter Graphic Type „%1“</translation>
        </message>
        <message>
            <source>Graphic Dimensions %1 (only 2 exists)</source>
            <translation>Graphic Dimensions %1 (nur 2 ist zulässig)</translation>
        </message>
        <message>
            <source>Number of Graphic Points is %1 but Graphic Data holds %2</source>
            <translation>Number of Graphic Points ist %1, aber Graphic Data enthält %2</translation>
        </message>
        <message>
            <source>%1 is not a Grayscale Softcopy Presentation State (SOP Class %2)</source>
            <translation>%1 ist kein Grayscale Softcopy Presentation State (SOP Class %2)</translation>
        </message>
        <message>
            <source>%1: graphic object on layer %2: %3</source>
            <translation>%1: Grafikobjekt auf Ebene %2: %3</translation>
        </message>
        <message>
            <source>%1: the bitmap shutter's overlay group %2 is missing or incomplete</source>
            <translation>%1: Die Overlay-Gruppe %2 des Bitmap-Shutters fehlt oder ist unvollständig</translation>
        </message>
    </context>
    <context>
        <name>PresentationStateWriter</name>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot write a graphic object</source>
            <translation>ein Grafikobjekt kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot write the bitmap shutter</source>
            <translation>der Bitmap-Shutter kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the presentation state references no image</source>
            <translation>der Presentation State referenziert kein Bild</translation>
        </message>
        <message>
            <source>a referenced image lacks its SOP Class, SOP Instance or Series UID</source>
            <translation>einem referenzierten Bild fehlt die SOP Class, SOP Instance oder Series UID</translation>
        </message>
        <message>
            <source>no displayed area (use initialStateFor to start from the images)</source>
            <translation>kein angezeigter Bereich (verwenden Sie initialStateFor, um von den Bildern auszugehen)</translation>
        </message>
        <message>
            <source>rotation %1 is not 0, 90, 180 or 270 degrees</source>
            <translation>Rotation %1 ist nicht 0, 90, 180 oder 270 Grad</translation>
        </message>
        <message>
            <source>a bitmap shutter cannot be combined with geometric shutters</source>
            <translation>ein Bitmap-Shutter kann nicht mit geometrischen Shuttern kombiniert werden</translation>
        </message>
        <message>
            <source>the bitmap shutter's mask does not have rows x columns values</source>
            <translation>die Maske des Bitmap-Shutters hat nicht Zeilen x Spalten Werte</translation>
        </message>
        <message>
            <source>the content label must have 1 to 16 characters</source>
            <translation>das Content Label muss 1 bis 16 Zeichen haben</translation>
        </message>
        <message>
            <source>annotation layer "%1" is not in the graphic layers</source>
            <translation>Annotationsebene „%1“ ist nicht unter den Grafikebenen</translation>
        </message>
        <message>
            <source>an annotation on layer "%1" has no text and no graphic</source>
            <translation>eine Annotation auf Ebene „%1“ hat weder Text noch Grafik</translation>
        </message>
        <message>
            <source>text "%1" has neither a bounding box nor an anchor point</source>
            <translation>Text „%1“ hat weder Begrenzungsrahmen noch Ankerpunkt</translation>
        </message>
        <message>
            <source>%1 with %2 points</source>
            <translation>%1 mit %2 Punkten</translation>
        </message>
        <message>
            <source>a VOI item has neither a window nor a LUT</source>
            <translation>ein VOI-Eintrag hat weder Fenster noch LUT</translation>
        </message>
        <message>
            <source>cannot write the shutter presentation value</source>
            <translation>der Shutter Presentation Value kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot create the displayed area</source>
            <translation>der angezeigte Bereich kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot create the graphic annotations</source>
            <translation>die Grafikannotationen können nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot create a text object</source>
            <translation>ein Textobjekt kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot create a graphic object</source>
            <translation>ein Grafikobjekt kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot create the graphic layers</source>
            <translation>die Grafikebenen können nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot write a layer's grey value</source>
            <translation>der Grauwert einer Ebene kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot write the rotation</source>
            <translation>die Rotation kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot create the VOI</source>
            <translation>das VOI kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot create the VOI LUT</source>
            <translation>die VOI LUT kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot write the VOI LUT</source>
            <translation>die VOI LUT kann nicht geschrieben werden</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>ECG of %1</source>
            <translation>EKG von %1</translation>
        </message>
    </context>
    <context>
        <name>SeriesThumbnailCache</name>
        <message>
            <source>No image in this object</source>
            <translation>Kein Bild in diesem Objekt</translation>
        </message>
        <message>
            <source>The image is empty</source>
            <translation>Das Bild ist leer</translation>
        </message>
    </context>
    <context>
        <name>SourceImageReader</name>
        <message>
            <source>%1 has no SOP Class or SOP Instance UID</source>
            <translation>%1 hat keine SOP Class oder SOP Instance UID</translation>
        </message>
    </context>
    <context>
        <name>StackAssembler</name>
        <message>
            <source>Slice sizes differ: rows from %1 to %2, columns from %3 to %4.</source>
            <translation>Schichtgrößen unterscheiden sich: Zeilen von %1 bis %2, Spalten von %3 bis %4.</translation>
        </message>
        <message>
            <source>Pixel spacing differs between slices, from %1 to %2 mm.</source>
            <translation>Pixelabstand unterscheidet sich zwischen den Schichten, von %1 bis %2 mm.</translation>
        </message>
        <message>
            <source>There is only one slice, so there is no volume.</source>
            <translation>Es gibt nur eine Schicht, daher kein Volumen.</translation>
        </message>
        <message>
            <source>The slices have %1 different orientations; the largest group has %2 of %3 slices.</source>
            <translation>Die Schichten haben %1 verschiedene Orientierungen; die größte Gruppe umfasst %2 von %3 Schichten.</translation>
        </message>
        <message>
            <source>The slices form %1 stacks (%2); the first has %3 slices.</source>
            <translation>Die Schichten bilden %1 Stapel (%2); der erste hat %3 Schichten.</translation>
        </message>
        <message>
            <source>All slices of the stack are at one position, so there is no volume.</source>
            <translation>Alle Schichten des Stapels liegen an einer Position, daher kein Volumen.</translation>
        </message>
        <message>
            <source>Slice spacing varies from %1 to %2 mm (median %3 mm).</source>
            <translation>Schichtabstand variiert von %1 bis %2 mm (Median %3 mm).</translation>
        </message>
        <message>
            <source>The slices are offset at %1 degrees to the slice normal (gantry tilt).</source>
            <translation>Die Schichten sind um %1 Grad zur Schichtnormalen versetzt (Gantry-Kippung).</translation>
        </message>
    </context>
    <context>
        <name>StructuredReportReader</name>
        <message>
            <source>%1, %2 points in frame of reference %3</source>
            <translation>%1, %2 Punkte im Frame of Reference %3</translation>
        </message>
        <message>
            <source>table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>%1 is not a structured report (no content tree)</source>
            <translation>%1 ist kein strukturierter Bericht (kein Inhaltsbaum)</translation>
        </message>
    </context>
    <context>
        <name>StudyBrowser</name>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n Serie</numerusform>
                <numerusform>%n Serien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n non-image object(s)</source>
            <translation>
                <numerusform>%n Nicht-Bild-Objekt</numerusform>
                <numerusform>%n Nicht-Bild-Objekte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>%n Datei abgelehnt</numerusform>
                <numerusform>%n Dateien abgelehnt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudyExporter</name>
        <message>
            <source>The catalog has no study with Study Instance UID %1</source>
            <translation>Der Katalog enthält keine Untersuchung mit Study Instance UID %1</translation>
        </message>
        <message>
            <source>%1 of the %2 instances of study %3 have no file on this workstation</source>
            <translation>%1 der %2 Instanzen von Untersuchung %3 haben keine Datei auf dieser Workstation</translation>
        </message>
        <message>
            <source>Study %1 has no instances in the catalog</source>
            <translation>Untersuchung %1 hat keine Instanzen im Katalog</translation>
        </message>
        <message>
            <source>There are no files to export</source>
            <translation>Es gibt keine Dateien zum Exportieren</translation>
        </message>
        <message>
            <source>No target folder was given</source>
            <translation>Es wurde kein Zielordner angegeben</translation>
        </message>
        <message>
            <source>%1 exists and is not a folder</source>
            <translation>%1 existiert und ist kein Ordner</translation>
        </message>
        <message>
            <source>%1 already exists and is not empty: choose a new folder</source>
            <translation>%1 existiert bereits und ist nicht leer: Wählen Sie einen neuen Ordner</translation>
        </message>
        <message>
            <source>The folder %1 does not exist</source>
            <translation>Der Ordner %1 existiert nicht</translation>
        </message>
        <message>
            <source>%1 already exists</source>
            <translation>%1 existiert bereits</translation>
        </message>
        <message>
            <source>The ISO image cannot be written inside the exported folder %1</source>
            <translation>Das ISO-Abbild kann nicht in den exportierten Ordner %1 geschrieben werden</translation>
        </message>
        <message>
            <source>No ISO image tool is installed (install the xorriso or genisoimage package)</source>
            <translation>Kein Programm für ISO-Abbilder installiert (installieren Sie das Paket xorriso oder genisoimage)</translation>
        </message>
        <message>
            <source>Cannot write in %1: %2</source>
            <translation>In %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written</source>
            <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is not a DICOM instance (no SOP Class or SOP Instance UID)</source>
            <translation>%1 ist keine DICOM-Instanz (keine SOP Class oder SOP Instance UID)</translation>
        </message>
        <message>
            <source>%1 holds an instance already exported (%2): skipped</source>
            <translation>%1 enthält eine bereits exportierte Instanz (%2): übersprungen</translation>
        </message>
        <message>
            <source>Cannot de-identify %1: %2</source>
            <translation>%1 kann nicht de-identifiziert werden: %2</translation>
        </message>
        <message>
            <source>Cannot create a folder in %1</source>
            <translation>In %1 kann kein Ordner erstellt werden</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 %2 image(s) of series %3 may show identifying text burned into the pixels (Burned In Annotation is YES or absent): the pixels are not cleaned, check them before sharing</source>
            <translation>%1 %2 Bild(er) der Serie %3 können identifizierenden, in die Pixel eingebrannten Text enthalten (Burned In Annotation ist YES oder fehlt): Die Pixel werden nicht bereinigt, prüfen Sie sie vor der Weitergabe</translation>
        </message>
        <message>
            <source>Cannot move the ISO image to %1</source>
            <translation>Das ISO-Abbild kann nicht nach %1 verschoben werden</translation>
        </message>
        <message>
            <source>Cannot replace the empty folder %1</source>
            <translation>Der leere Ordner %1 kann nicht ersetzt werden</translation>
        </message>
        <message>
            <source>Cannot move the exported files to %1</source>
            <translation>Die exportierten Dateien können nicht nach %1 verschoben werden</translation>
        </message>
    </context>
    <context>
        <name>VolumeReslicer</name>
        <message>
            <source>Axial</source>
            <translation>Axial</translation>
        </message>
        <message>
            <source>Coronal</source>
            <translation>Koronal</translation>
        </message>
        <message>
            <source>Sagittal</source>
            <translation>Sagittal</translation>
        </message>
        <message>
            <source>MIP</source>
            <translation>MIP</translation>
        </message>
        <message>
            <source>MinIP</source>
            <translation>MinIP</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Mittelwert</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditCommands</name>
        <message>
            <source>The audit trail: who opened, exported, sent, retrieved or deleted which study, and when.</source>
            <translation>Das Audit-Protokoll: wer welche Untersuchung wann geöffnet, exportiert, gesendet, abgerufen oder gelöscht hat.</translation>
        </message>
        <message>
            <source>Catalog database file or postgresql:// URL.</source>
            <translation>Katalogdatenbankdatei oder postgresql://-URL.</translation>
        </message>
        <message>
            <source>From this date or time (ISO 8601, local time unless a zone is given).</source>
            <translation>Ab diesem Datum oder Zeitpunkt (ISO 8601, Ortszeit, sofern keine Zeitzone angegeben ist).</translation>
        </message>
        <message>
            <source>Up to this date (whole day) or time.</source>
            <translation>Bis zu diesem Datum (ganzer Tag) oder Zeitpunkt.</translation>
        </message>
        <message>
            <source>Events of this user only.</source>
            <translation>Nur Ereignisse dieses Benutzers.</translation>
        </message>
        <message>
            <source>Events of this Study Instance UID only.</source>
            <translation>Nur Ereignisse dieser Study Instance UID.</translation>
        </message>
        <message>
            <source>Events of this action only (StudyOpened, StudySent...).</source>
            <translation>Nur Ereignisse dieser Aktion (StudyOpened, StudySent...).</translation>
        </message>
        <message>
            <source>At most N events, newest first (default 100).</source>
            <translation>Höchstens N Ereignisse, neueste zuerst (Standard 100).</translation>
        </message>
        <message>
            <source>List the events.</source>
            <translation>Ereignisse auflisten.</translation>
        </message>
        <message>
            <source>usage: continuum audit list [--from ISO --to ISO --user U --study UID --action NAME --limit N] [--catalog FILE]</source>
            <translation>Aufruf: continuum audit list [--from ISO --to ISO --user U --study UID --action NAME --limit N] [--catalog FILE]</translation>
        </message>
        <message>
            <source>--from needs an ISO 8601 date or time, such as 2026-03-01 or 2026-03-01T08:00</source>
            <translation>--from benötigt ein Datum oder einen Zeitpunkt nach ISO 8601, z. B. 2026-03-01 oder 2026-03-01T08:00</translation>
        </message>
        <message>
            <source>--to needs an ISO 8601 date or time, such as 2026-03-31</source>
            <translation>--to benötigt ein Datum oder einen Zeitpunkt nach ISO 8601, z. B. 2026-03-31</translation>
        </message>
        <message>
            <source>unknown action %1</source>
            <translation>unbekannte Aktion %1</translation>
        </message>
        <message>
            <source>--limit needs a positive number</source>
            <translation>--limit benötigt eine positive Zahl</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>Katalog %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>user</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>study</source>
            <translation>Untersuchung</translation>
        </message>
        <message>
            <source>node / detail</source>
            <translation>Knoten / Detail</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Ereignis</numerusform>
                <numerusform>%n Ereignisse</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditController</name>
        <message>
            <source>The audit trail could not record an event: %1</source>
            <translation>Der Audit-Trail konnte ein Ereignis nicht aufzeichnen: %1</translation>
        </message>
        <message>
            <source>Managed store within its limits (%1).</source>
            <translation>Verwalteter Speicher innerhalb seiner Grenzen (%1).</translation>
        </message>
        <message numerus="yes">
            <source>Managed store: %n stud(ies) not used recently removed from this computer (%1 freed); they can be retrieved again.</source>
            <translation>
                <numerusform>Verwalteter Speicher: %n länger nicht benutzte Untersuchung von diesem Computer entfernt (%1 freigegeben); sie kann erneut abgerufen werden.</numerusform>
                <numerusform>Verwalteter Speicher: %n länger nicht benutzte Untersuchungen von diesem Computer entfernt (%1 freigegeben); sie können erneut abgerufen werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>The store is still over its size limit: what remains is unsent work, open, or copied from media.</source>
            <translation>Der Speicher liegt noch über seiner Größengrenze: Der Rest ist nicht gesendete Arbeit, geöffnet oder von Datenträgern kopiert.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Audit-Protokoll</translation>
        </message>
        <message>
            <source>any</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>Events from this day on (any: no bound)</source>
            <translation>Ereignisse ab diesem Tag (alle: keine Grenze)</translation>
        </message>
        <message>
            <source>Events up to this day (any: no bound)</source>
            <translation>Ereignisse bis zu diesem Tag (alle: keine Grenze)</translation>
        </message>
        <message>
            <source>User (exact name, empty: any)</source>
            <translation>Benutzer (exakter Name, leer: alle)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Alle Aktionen</translation>
        </message>
        <message>
            <source>Study instance UID or patient ID (exact, empty: any)</source>
            <translation>Study Instance UID oder Patienten-ID (exakt, leer: alle)</translation>
        </message>
        <message>
            <source>Study UID or patient ID</source>
            <translation>Study UID oder Patienten-ID</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>Ben&amp;utzer:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Aktion:</translation>
        </message>
        <message>
            <source>&amp;Study or patient:</source>
            <translation>U&amp;ntersuchung oder Patient:</translation>
        </message>
        <message>
            <source>Audit events, newest first</source>
            <translation>Audit-Ereignisse, neueste zuerst</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the selected events, or all shown when none is selected</source>
            <translation>Ausgewählte Ereignisse kopieren, oder alle angezeigten, wenn keines ausgewählt ist</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>Export the events shown to a CSV file</source>
            <translation>Angezeigte Ereignisse in eine CSV-Datei exportieren</translation>
        </message>
        <message>
            <source>Close the audit log</source>
            <translation>Audit-Protokoll schließen</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n event(s) shown; narrow the filter to see older ones.</source>
            <translation>
                <numerusform>Das neueste %n Ereignis wird angezeigt; schränken Sie den Filter ein, um ältere zu sehen.</numerusform>
                <numerusform>Die neuesten %n Ereignisse werden angezeigt; schränken Sie den Filter ein, um ältere zu sehen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s).</source>
            <translation>
                <numerusform>%n Ereignis.</numerusform>
                <numerusform>%n Ereignisse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) copied.</source>
            <translation>
                <numerusform>%n Ereignis kopiert.</numerusform>
                <numerusform>%n Ereignisse kopiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Audit-Protokoll exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) written to %1.</source>
            <translation>
                <numerusform>%n Ereignis in %1 geschrieben.</numerusform>
                <numerusform>%n Ereignisse in %1 geschrieben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditLogModel</name>
        <message>
            <source>Study opened</source>
            <translation>Untersuchung geöffnet</translation>
        </message>
        <message>
            <source>Study exported</source>
            <translation>Untersuchung exportiert</translation>
        </message>
        <message>
            <source>Study sent</source>
            <translation>Untersuchung gesendet</translation>
        </message>
        <message>
            <source>Study retrieved</source>
            <translation>Untersuchung abgerufen</translation>
        </message>
        <message>
            <source>Study imported</source>
            <translation>Untersuchung importiert</translation>
        </message>
        <message>
            <source>Study deleted</source>
            <translation>Untersuchung gelöscht</translation>
        </message>
        <message>
            <source>User switched</source>
            <translation>Benutzer gewechselt</translation>
        </message>
        <message>
            <source>Session locked</source>
            <translation>Sitzung gesperrt</translation>
        </message>
        <message>
            <source>Session unlocked</source>
            <translation>Sitzung entsperrt</translation>
        </message>
        <message>
            <source>Viewer started</source>
            <translation>Viewer gestartet</translation>
        </message>
        <message>
            <source>Viewer stopped</source>
            <translation>Viewer beendet</translation>
        </message>
        <message>
            <source>Success</source>
            <translation>Erfolg</translation>
        </message>
        <message>
            <source>Minor failure</source>
            <translation>Geringfügiger Fehler</translation>
        </message>
        <message>
            <source>Serious failure</source>
            <translation>Schwerer Fehler</translation>
        </message>
        <message>
            <source>Major failure</source>
            <translation>Schwerwiegender Fehler</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Workstation</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Untersuchung</translation>
        </message>
        <message>
            <source>Node or destination</source>
            <translation>Knoten oder Ziel</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CardiologyWorkspace</name>
        <message>
            <source>Cardiology workspace</source>
            <translation>Kardiologie-Arbeitsbereich</translation>
        </message>
        <message>
            <source>&amp;Cine loops</source>
            <translation>&amp;Cine-Loops</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Loop</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Frames</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Untersuchungsdatum</translation>
        </message>
        <message>
            <source>Cine loops of the patient</source>
            <translation>Cine-Loops des Patienten</translation>
        </message>
        <message>
            <source>Select up to %1 loops, then press Enter or double-click to play them in step.</source>
            <translation>Wählen Sie bis zu %1 Loops aus und drücken Sie dann die Eingabetaste oder doppelklicken Sie, um sie synchron abzuspielen.</translation>
        </message>
        <message>
            <source>Workspace status</source>
            <translation>Status des Arbeitsbereichs</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export loop as MP4…</source>
            <translation>Loop als MP4 exportieren…</translation>
        </message>
        <message>
            <source>One pass of the current loop as H.264 video at the loop's own frame times, grey levels as shown.</source>
            <translation>Ein Durchlauf des aktuellen Loops als H.264-Video mit den eigenen Frame-Zeiten des Loops, Graustufen wie angezeigt.</translation>
        </message>
        <message>
            <source>Save frame as PNG…</source>
            <translation>Frame als PNG speichern…</translation>
        </message>
        <message>
            <source>The frame on screen of the current loop, as shown.</source>
            <translation>Der angezeigte Frame des aktuellen Loops, wie dargestellt.</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Messen</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Länge</translation>
        </message>
        <message>
            <source>Drag on the loop (or click two points) to measure a length on the frame on screen.</source>
            <translation>Auf dem Loop ziehen (oder zwei Punkte anklicken), um eine Länge im angezeigten Frame zu messen.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Fläche</translation>
        </message>
        <message>
            <source>Click the outline's points on the loop; double-click or Enter closes it, Esc cancels. On a frame marked ED or ES, trace from one mitral hinge round the apex to the other.</source>
            <translation>Klicken Sie die Punkte der Kontur auf dem Loop an; Doppelklick oder Eingabetaste schließt sie, Esc bricht ab. Auf einem als ED oder ES markierten Frame von einem Mitralklappenansatz um den Apex zum anderen nachzeichnen.</translation>
        </message>
        <message>
            <source>Mark ED</source>
            <translation>ED markieren</translation>
        </message>
        <message>
            <source>Mark (or unmark) the frame on screen as end diastole.</source>
            <translation>Angezeigten Frame als Enddiastole markieren (oder Markierung aufheben).</translation>
        </message>
        <message>
            <source>Mark ES</source>
            <translation>ES markieren</translation>
        </message>
        <message>
            <source>Mark (or unmark) the frame on screen as end systole.</source>
            <translation>Angezeigten Frame als Endsystole markieren (oder Markierung aufheben).</translation>
        </message>
        <message>
            <source>&amp;View of this loop</source>
            <translation>&amp;Ansicht dieses Loops</translation>
        </message>
        <message>
            <source>not an apical LV view</source>
            <translation>keine apikale LV-Ansicht</translation>
        </message>
        <message>
            <source>Apical view of the current loop</source>
            <translation>Apikale Ansicht des aktuellen Loops</translation>
        </message>
        <message>
            <source>Measurements of the current loop</source>
            <translation>Messungen des aktuellen Loops</translation>
        </message>
        <message>
            <source>Measuring status</source>
            <translation>Messstatus</translation>
        </message>
        <message>
            <source>LV function</source>
            <translation>LV-Funktion</translation>
        </message>
        <message>
            <source>No cine loops for this patient.</source>
            <translation>Keine Cine-Loops für diesen Patienten.</translation>
        </message>
        <message numerus="yes">
            <source>%n cine loop(s).</source>
            <translation>
                <numerusform>%n Cine-Loop.</numerusform>
                <numerusform>%n Cine-Loops.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the first %1 selected loops are shown.</source>
            <translation>Nur die ersten %1 ausgewählten Loops werden angezeigt.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Length: drag on the loop; playback pauses on the frame measured.</source>
            <translation>Länge: auf dem Loop ziehen; die Wiedergabe pausiert auf dem gemessenen Frame.</translation>
        </message>
        <message>
            <source>Area: click the points, double-click or Enter to close, Esc to cancel.</source>
            <translation>Fläche: Punkte anklicken, Doppelklick oder Eingabetaste zum Schließen, Esc zum Abbrechen.</translation>
        </message>
        <message>
            <source>(calibration unreadable: %1)</source>
            <translation>(Kalibrierung nicht lesbar: %1)</translation>
        </message>
        <message>
            <source>= LV contour, %1</source>
            <translation>= LV-Kontur, %1</translation>
        </message>
        <message>
            <source>ED</source>
            <translation>ED</translation>
        </message>
        <message>
            <source>ES</source>
            <translation>ES</translation>
        </message>
        <message>
            <source>No loop to export.</source>
            <translation>Kein Loop zum Exportieren.</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>%1 wird exportiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export cancelled; no file written.</source>
            <translation>Export abgebrochen; keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>The loop could not be exported: %1</source>
            <translation>Der Loop konnte nicht exportiert werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n frame(s), %1 s, to %2.</source>
            <translation>
                <numerusform>%n Frame, %1 s, nach %2 exportiert.</numerusform>
                <numerusform>%n Frames, %1 s, nach %2 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>No frame on screen to save.</source>
            <translation>Kein angezeigter Frame zum Speichern.</translation>
        </message>
        <message>
            <source>The frame could not be saved: %1</source>
            <translation>Der Frame konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Frame %1 saved to %2.</source>
            <translation>Frame %1 in %2 gespeichert.</translation>
        </message>
        <message>
            <source>Export loop as MP4</source>
            <translation>Loop als MP4 exportieren</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>MP4-Video (*.mp4)</translation>
        </message>
        <message>
            <source>Save frame as PNG</source>
            <translation>Frame als PNG speichern</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CatalogBrowserPanel</name>
        <message>
            <source>Search patient name, patient ID or accession</source>
            <translation>Patientenname, Patienten-ID oder Accession Number suchen</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Alle Daten</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>From - to</source>
            <translation>Von - bis</translation>
        </message>
        <message>
            <source>All modalities</source>
            <translation>Alle Modalitäten</translation>
        </message>
        <message>
            <source>&amp;Import...</source>
            <translation>&amp;Importieren...</translation>
        </message>
        <message>
            <source>Studies: %1</source>
            <translation>Untersuchungen: %1</translation>
        </message>
        <message>
            <source>Select a study to see its series.</source>
            <translation>Wählen Sie eine Untersuchung aus, um ihre Serien zu sehen.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n series (double-click a study to open it, a series to open only that series)</source>
            <translation>
                <numerusform>%1: %n Serie (Doppelklick auf eine Untersuchung öffnet sie, auf eine Serie nur diese Serie)</numerusform>
                <numerusform>%1: %n Serien (Doppelklick auf eine Untersuchung öffnet sie, auf eine Serie nur diese Serie)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n Bild</numerusform>
                <numerusform>%n Bilder</numerusform>
            </translation>
        </message>
        <message>
            <source>Incomplete: the import of this series did not finish, more files may exist. Import the same files again to complete it.</source>
            <translation>Unvollständig: Der Import dieser Serie wurde nicht abgeschlossen, es können weitere Dateien existieren. Importieren Sie dieselben Dateien erneut, um sie zu vervollständigen.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this series are missing on disk.</source>
            <translation>
                <numerusform>%n Datei dieser Serie fehlt auf dem Datenträger.</numerusform>
                <numerusform>%n Dateien dieser Serie fehlen auf dem Datenträger.</numerusform>
            </translation>
        </message>
        <message>
            <source>This series holds no image (%1).</source>
            <translation>Diese Serie enthält kein Bild (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n fehlt</numerusform>
                <numerusform>%n fehlen</numerusform>
            </translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>unvollständig</translation>
        </message>
        <message>
            <source>no image</source>
            <translation>kein Bild</translation>
        </message>
        <message>
            <source>files missing</source>
            <translation>Dateien fehlen</translation>
        </message>
        <message>
            <source>loading...</source>
            <translation>wird geladen...</translation>
        </message>
        <message>
            <source>cannot show</source>
            <translation>nicht darstellbar</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CatalogSettingsPage</name>
        <message>
            <source>The study catalog lists the studies this viewer knows. Keep it in a file on this computer, or share one PostgreSQL database within the department.</source>
            <translation>Der Untersuchungskatalog listet die Untersuchungen, die dieser Viewer kennt. Speichern Sie ihn in einer Datei auf diesem Computer oder nutzen Sie gemeinsam eine PostgreSQL-Datenbank innerhalb der Abteilung.</translation>
        </message>
        <message>
            <source>Catalog location</source>
            <translation>Katalogspeicherort</translation>
        </message>
        <message>
            <source>A full file path, or postgresql://user@host:port/database. Empty: the default catalog.</source>
            <translation>Ein vollständiger Dateipfad oder postgresql://user@host:port/database. Leer: der Standardkatalog.</translation>
        </message>
        <message>
            <source>Choose &amp;file...</source>
            <translation>&amp;Datei wählen...</translation>
        </message>
        <message>
            <source>Choose a catalog file</source>
            <translation>Katalogdatei wählen</translation>
        </message>
        <message>
            <source>Catalog &amp;location:</source>
            <translation>Katalog&amp;speicherort:</translation>
        </message>
        <message>
            <source>Examples: /srv/continuum/catalog.sqlite, postgresql://reader@pacs-db.example.org:5432/continuum?sslmode=require

The password of a shared catalog is never stored in the settings: the viewer asks for it when the server wants one and keeps it in the desktop keyring.

A new location takes effect at the next start of the viewer. The --catalog option and the CONTINUUM_CATALOG environment variable take precedence over this setting.</source>
            <translation>Beispiele: /srv/continuum/catalog.sqlite, postgresql://reader@pacs-db.example.org:5432/continuum?sslmode=require

Das Passwort eines gemeinsamen Katalogs wird nie in den Einstellungen gespeichert: Der Viewer fragt danach, wenn der Server eines verlangt, und bewahrt es im Schlüsselbund des Desktops auf.

Ein neuer Speicherort wird beim nächsten Start des Viewers wirksam. Die Option --catalog und die Umgebungsvariable CONTINUUM_CATALOG haben Vorrang vor dieser Einstellung.</translation>
        </message>
        <message>
            <source>Catalog location: %1</source>
            <translation>Katalogspeicherort: %1</translation>
        </message>
        <message>
            <source>Catalog file</source>
            <translation>Katalogdatei</translation>
        </message>
        <message>
            <source>SQLite catalog (*.sqlite *.db);;All files (*)</source>
            <translation>SQLite-Katalog (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The default catalog: %1</source>
            <translation>Der Standardkatalog: %1</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Ungültig: %1</translation>
        </message>
        <message>
            <source>Shared PostgreSQL catalog: database %1 on %2, port %3</source>
            <translation>Gemeinsamer PostgreSQL-Katalog: Datenbank %1 auf %2, Port %3</translation>
        </message>
        <message>
            <source>, user %1</source>
            <translation>, Benutzer %1</translation>
        </message>
        <message>
            <source>The password in the URL will not be stored: the viewer asks for it and keeps it in the keyring.</source>
            <translation>Das Passwort in der URL wird nicht gespeichert: Der Viewer fragt danach und bewahrt es im Schlüsselbund auf.</translation>
        </message>
        <message>
            <source>Catalog file on this computer.</source>
            <translation>Katalogdatei auf diesem Computer.</translation>
        </message>
        <message>
            <source>Catalog file on this computer (created at the next start).</source>
            <translation>Katalogdatei auf diesem Computer (wird beim nächsten Start erstellt).</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineControlBar</name>
        <message>
            <source>Cine controls</source>
            <translation>Cine-Steuerung</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Erster Frame</translation>
        </message>
        <message>
            <source>Previous frame</source>
            <translation>Vorheriger Frame</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Next frame</source>
            <translation>Nächster Frame</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Letzter Frame</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Loop</translation>
        </message>
        <message>
            <source>Bounce</source>
            <translation>Hin und zurück</translation>
        </message>
        <message>
            <source>Playback sequence</source>
            <translation>Wiedergabefolge</translation>
        </message>
        <message>
            <source>Loop: first to last, again. Bounce: first to last and back.</source>
            <translation>Loop: vom ersten bis zum letzten, dann erneut. Hin und zurück: vom ersten bis zum letzten und zurück.</translation>
        </message>
        <message>
            <source>&amp;Speed</source>
            <translation>&amp;Geschwindigkeit</translation>
        </message>
        <message>
            <source>%1x</source>
            <translation>%1x</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Wiedergabegeschwindigkeit</translation>
        </message>
        <message>
            <source>&amp;Override rate</source>
            <translation>Rate &amp;überschreiben</translation>
        </message>
        <message>
            <source>Override the file's frame rate</source>
            <translation>Framerate der Datei überschreiben</translation>
        </message>
        <message>
            <source> fps</source>
            <translation> fps</translation>
        </message>
        <message>
            <source>Override frame rate</source>
            <translation>Framerate überschreiben</translation>
        </message>
        <message>
            <source>Frame rate and its source</source>
            <translation>Framerate und ihre Quelle</translation>
        </message>
        <message>
            <source>Dropped frames</source>
            <translation>Ausgelassene Frames</translation>
        </message>
        <message>
            <source>Frames whose time passed before they reached the screen. While the loop plays, they are counted in its bottom-right corner; here when it stops.</source>
            <translation>Bilder, deren Zeit verstrichen war, bevor sie den Bildschirm erreichten. Während die Schleife läuft, werden sie in ihrer rechten unteren Ecke gezählt; hier, sobald sie anhält.</translation>
        </message>
        <message>
            <source>No loop</source>
            <translation>Kein Loop</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <translation>Ausgelassen: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineGridView</name>
        <message>
            <source>Cine loops</source>
            <translation>Cine-Loops</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>&amp;Layout</translation>
        </message>
        <message>
            <source>1 x N</source>
            <translation>1 x N</translation>
        </message>
        <message>
            <source>2 x 2</source>
            <translation>2 x 2</translation>
        </message>
        <message>
            <source>Loop layout</source>
            <translation>Loop-Layout</translation>
        </message>
        <message>
            <source>Mark end diastole</source>
            <translation>Enddiastole markieren</translation>
        </message>
        <message>
            <source>Clear end-diastole marks</source>
            <translation>Enddiastole-Markierungen löschen</translation>
        </message>
        <message>
            <source>whole loop as one beat (no ECG)</source>
            <translation>gesamter Loop als ein Herzschlag (kein EKG)</translation>
        </message>
        <message>
            <source>Beat source</source>
            <translation>Herzschlagquelle</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineSettingsPage</name>
        <message>
            <source>Cine memory budget per viewport, in mebibytes</source>
            <translation>Cine-Speicherbudget pro Viewport, in Mebibyte</translation>
        </message>
        <message>
            <source> MiB</source>
            <translation> MiB</translation>
        </message>
        <message>
            <source>Cine &amp;memory per viewport:</source>
            <translation>Cine-&amp;Speicher pro Viewport:</translation>
        </message>
        <message>
            <source>Each cine viewport decodes frames ahead of the play position and keeps as many as this memory holds: more memory lets longer loops play without decoding again. A grid of cine viewports uses this much for each. The default is %1 MiB. A new budget applies to the next loop opened.</source>
            <translation>Jeder Cine-Viewport dekodiert Frames vor der Wiedergabeposition und behält so viele, wie dieser Speicher fasst: Mehr Speicher ermöglicht es, längere Loops ohne erneutes Dekodieren abzuspielen. Ein Raster aus Cine-Viewports belegt diese Menge für jeden. Der Standard ist %1 MiB. Ein neues Budget gilt ab dem nächsten geöffneten Loop.</translation>
        </message>
        <message>
            <source>Cine memory: %1</source>
            <translation>Cine-Speicher: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineToolsStore</name>
        <message>
            <source>The measurements stored for this loop by %1 cannot be read: %2</source>
            <translation>Die von %1 für diesen Loop gespeicherten Messungen können nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The loop's study is not in the catalog: its measurements are not kept.</source>
            <translation>Die Untersuchung des Loops ist nicht im Katalog: Seine Messungen werden nicht aufbewahrt.</translation>
        </message>
        <message>
            <source>Not saved: %1 changed this loop's measurements at %2. Reopen the loop to see them.</source>
            <translation>Nicht gespeichert: %1 hat die Messungen dieses Loops um %2 geändert. Öffnen Sie den Loop erneut, um sie zu sehen.</translation>
        </message>
        <message>
            <source>The loop's measurements were not saved: %1</source>
            <translation>Die Messungen des Loops wurden nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::EcgTraceWidget</name>
        <message>
            <source>ECG: cursor at the current frame, green marks at the R waves</source>
            <translation>EKG: Cursor beim aktuellen Frame, grüne Markierungen an den R-Zacken</translation>
        </message>
        <message>
            <source>No ECG waveform in this study</source>
            <translation>Keine EKG-Kurve in dieser Untersuchung</translation>
        </message>
        <message>
            <source>%1   %2 mV / %3 ms per large box</source>
            <translation>%1   %2 mV / %3 ms pro großem Kästchen</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ExportStudyDialog</name>
        <message>
            <source>Export Study</source>
            <translation>Untersuchung exportieren</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n instance(s)</source>
            <translation>
                <numerusform>%1 — %n Instanz</numerusform>
                <numerusform>%1 — %n Instanzen</numerusform>
            </translation>
        </message>
        <message>
            <source>A new or empty folder</source>
            <translation>Ein neuer oder leerer Ordner</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Ordner:</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>Anonymize (DICOM PS3.15 Basic Application Level Confidentiality Profile)</source>
            <translation>Anonymisieren (DICOM PS3.15 Basic Application Level Confidentiality Profile)</translation>
        </message>
        <message>
            <source>a new ANON-… ID</source>
            <translation>eine neue ANON-…-ID</translation>
        </message>
        <message>
            <source>Keep dates and times (Retain Longitudinal Temporal Information, Full Dates)</source>
            <translation>Datum und Uhrzeit beibehalten (Retain Longitudinal Temporal Information, Full Dates)</translation>
        </message>
        <message>
            <source>Keep UIDs (Retain UIDs)</source>
            <translation>UIDs beibehalten (Retain UIDs)</translation>
        </message>
        <message>
            <source>Patient name:</source>
            <translation>Patientenname:</translation>
        </message>
        <message>
            <source>Patient ID:</source>
            <translation>Patienten-ID:</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medien</translation>
        </message>
        <message>
            <source>Write a DICOMDIR (for CD, DVD or USB)</source>
            <translation>Ein DICOMDIR schreiben (für CD, DVD oder USB)</translation>
        </message>
        <message>
            <source>Also write an ISO image:</source>
            <translation>Zusätzlich ein ISO-Abbild schreiben:</translation>
        </message>
        <message>
            <source>study.iso</source>
            <translation>study.iso</translation>
        </message>
        <message>
            <source>ISO image</source>
            <translation>ISO-Abbild</translation>
        </message>
        <message>
            <source>ISO images (*.iso)</source>
            <translation>ISO-Abbilder (*.iso)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>The study has no files on this workstation.</source>
            <translation>Die Untersuchung hat keine Dateien auf dieser Workstation.</translation>
        </message>
        <message>
            <source>Choose the folder to export to.</source>
            <translation>Wählen Sie den Zielordner für den Export.</translation>
        </message>
        <message>
            <source>Choose where to write the ISO image.</source>
            <translation>Wählen Sie, wohin das ISO-Abbild geschrieben werden soll.</translation>
        </message>
        <message>
            <source>Patient name: %1</source>
            <translation>Patientenname: %1</translation>
        </message>
        <message>
            <source>Patient ID: %1</source>
            <translation>Patienten-ID: %1</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Writing the DICOMDIR…</source>
            <translation>DICOMDIR wird geschrieben…</translation>
        </message>
        <message>
            <source>Writing the ISO image…</source>
            <translation>ISO-Abbild wird geschrieben…</translation>
        </message>
        <message>
            <source>%1 of %2 files</source>
            <translation>%1 von %2 Dateien</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n instance(s).</source>
            <translation>
                <numerusform>%n Instanz exportiert.</numerusform>
                <numerusform>%n Instanzen exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Ordner: %1</translation>
        </message>
        <message>
            <source>Anonymized as %1 (patient ID %2)</source>
            <translation>Anonymisiert als %1 (Patienten-ID %2)</translation>
        </message>
        <message>
            <source>DICOMDIR: %1</source>
            <translation>DICOMDIR: %1</translation>
        </message>
        <message>
            <source>ISO image: %1</source>
            <translation>ISO-Abbild: %1</translation>
        </message>
        <message>
            <source>Nothing was exported.</source>
            <translation>Es wurde nichts exportiert.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ImportDialog</name>
        <message>
            <source>Import into the Study Catalog</source>
            <translation>In den Untersuchungskatalog importieren</translation>
        </message>
        <message>
            <source>Files and folders to import (folders are searched recursively):</source>
            <translation>Zu importierende Dateien und Ordner (Ordner werden rekursiv durchsucht):</translation>
        </message>
        <message>
            <source>Add &amp;Files...</source>
            <translation>&amp;Dateien hinzufügen...</translation>
        </message>
        <message>
            <source>Add F&amp;older...</source>
            <translation>&amp;Ordner hinzufügen...</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>How to import</source>
            <translation>Importart</translation>
        </message>
        <message>
            <source>Reference the files where they are (fast; they must stay there)</source>
            <translation>Dateien an ihrem Ort referenzieren (schnell; sie müssen dort bleiben)</translation>
        </message>
        <message>
            <source>Copy into the managed store (CDs, USB sticks, network shares): %1</source>
            <translation>In den verwalteten Speicher kopieren (CDs, USB-Sticks, Netzwerkfreigaben): %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Cancel Import</source>
            <translation>Import &amp;abbrechen</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Import DICOM files</source>
            <translation>DICOM-Dateien importieren</translation>
        </message>
        <message>
            <source>Import a folder of DICOM files</source>
            <translation>Einen Ordner mit DICOM-Dateien importieren</translation>
        </message>
        <message>
            <source>Copying into the managed store and indexing: %1</source>
            <translation>Kopieren in den verwalteten Speicher und Indizieren: %1</translation>
        </message>
        <message>
            <source>Indexing: %1</source>
            <translation>Indizieren: %1</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Wird abgebrochen...</translation>
        </message>
        <message>
            <source>Looking for files...</source>
            <translation>Dateien werden gesucht...</translation>
        </message>
        <message>
            <source>%1 of %2 files, %3 files/s</source>
            <translation>%1 von %2 Dateien, %3 Dateien/s</translation>
        </message>
        <message>
            <source>, about %1 left</source>
            <translation>, noch etwa %1</translation>
        </message>
        <message>
            <source> (cancelling after the files in flight)</source>
            <translation> (Abbruch nach den gerade verarbeiteten Dateien)</translation>
        </message>
        <message numerus="yes">
            <source>%n new image(s)</source>
            <translation>
                <numerusform>%n neues Bild</numerusform>
                <numerusform>%n neue Bilder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the catalog</source>
            <translation>
                <numerusform>%n bereits im Katalog</numerusform>
                <numerusform>%n bereits im Katalog</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n Konflikt</numerusform>
                <numerusform>%n Konflikte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n abgelehnt</numerusform>
                <numerusform>%n abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n übersprungen</numerusform>
                <numerusform>%n übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) handled: %1.</source>
            <translation>
                <numerusform>%n Datei verarbeitet: %1.</numerusform>
                <numerusform>%n Dateien verarbeitet: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n study(ies) added to or updated; they are selected in the study list.</source>
            <translation>
                <numerusform>%n Untersuchung hinzugefügt oder aktualisiert; sie ist in der Untersuchungsliste ausgewählt.</numerusform>
                <numerusform>%n Untersuchungen hinzugefügt oder aktualisiert; sie sind in der Untersuchungsliste ausgewählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled after %1 of %2 files; what was written so far stays in the catalog, and importing the same files again completes it.</source>
            <translation>Import nach %1 von %2 Dateien abgebrochen; das bisher Geschriebene bleibt im Katalog, ein erneuter Import derselben Dateien vervollständigt ihn.</translation>
        </message>
        <message>
            <source>The catalog failed during the import: %1</source>
            <translation>Der Katalog ist während des Imports fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) carry the SOP Instance UID of an instance already in the catalog but different content. Nothing was overwritten: the catalog keeps the first; check where the others come from.</source>
            <translation>
                <numerusform>%n Datei trägt die SOP Instance UID einer bereits katalogisierten Instanz, aber mit anderem Inhalt. Nichts wurde überschrieben: Der Katalog behält die erste; prüfen Sie, woher die andere stammt.</numerusform>
                <numerusform>%n Dateien tragen die SOP Instance UID einer bereits katalogisierten Instanz, aber mit anderem Inhalt. Nichts wurde überschrieben: Der Katalog behält die erste; prüfen Sie, woher die anderen stammen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>SOP Instance UID %1: same UID as a catalogued instance, different content</source>
            <translation>SOP Instance UID %1: gleiche UID wie eine katalogisierte Instanz, anderer Inhalt</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::IncomingStudiesReceiver</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LanguageSettingsPage</name>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>Systemstandard (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>The language of menus, messages, dates and numbers. It takes effect at the next start of the viewer.

Translations are being completed: text not yet translated appears in English.</source>
            <translation>Die Sprache von Menüs, Meldungen, Datumsangaben und Zahlen. Sie wird beim nächsten Start des Viewers wirksam.

Die Übersetzungen werden noch vervollständigt: Noch nicht übersetzter Text erscheint auf Englisch.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Sprache: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LesionTableView</name>
        <message>
            <source>Organ (at most 2 target lesions per organ)</source>
            <translation>Organ (höchstens 2 Zielläsionen pro Organ)</translation>
        </message>
        <message>
            <source>Lymph node: measured on its short axis</source>
            <translation>Lymphknoten: in der kurzen Achse gemessen</translation>
        </message>
        <message>
            <source>Not RECIST 1.1 conformant: %1</source>
            <translation>Nicht RECIST-1.1-konform: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LockScreen</name>
        <message>
            <source>Session locked</source>
            <translation>Sitzung gesperrt</translation>
        </message>
        <message>
            <source>Patient data is hidden while the viewer is locked. This is a privacy lock: it does not check a password, and whoever continues is recorded in the audit log under the name shown.</source>
            <translation>Patientendaten sind ausgeblendet, solange der Viewer gesperrt ist. Dies ist eine Sichtschutzsperre: Sie prüft kein Passwort, und wer fortfährt, wird im Audit-Protokoll unter dem angezeigten Namen erfasst.</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>Benutzer &amp;wechseln…</translation>
        </message>
        <message>
            <source>Switch the reading user and unlock</source>
            <translation>Befundenden Benutzer wechseln und entsperren</translation>
        </message>
        <message>
            <source>Continuum — locked</source>
            <translation>Continuum — gesperrt</translation>
        </message>
        <message>
            <source>Locked — %1 — since %2</source>
            <translation>Gesperrt — %1 — seit %2</translation>
        </message>
        <message>
            <source>&amp;Continue as %1</source>
            <translation>Als %1 &amp;fortfahren</translation>
        </message>
        <message>
            <source>Unlock and continue as %1</source>
            <translation>Entsperren und als %1 fortfahren</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LvFunctionPanel</name>
        <message>
            <source>LV function</source>
            <translation>LV-Funktion</translation>
        </message>
        <message>
            <source>%1: no loop</source>
            <translation>%1: kein Loop</translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>keiner markiert</translation>
        </message>
        <message>
            <source>%1 (%2): ED frame %3; ES frame %4</source>
            <translation>%1 (%2): ED-Frame %3; ES-Frame %4</translation>
        </message>
        <message>
            <source>%1: -</source>
            <translation>%1: -</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2 mL (%3)</source>
            <translation>%1: %2 mL (%3)</translation>
        </message>
        <message>
            <source>EDV</source>
            <translation>EDV</translation>
        </message>
        <message>
            <source>ESV</source>
            <translation>ESV</translation>
        </message>
        <message>
            <source>EF %1 %</source>
            <translation>EF %1 %</translation>
        </message>
        <message>
            <source>EF: -</source>
            <translation>EF: -</translation>
        </message>
        <message>
            <source>Missing:</source>
            <translation>Fehlt:</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::MainWindow</name>
        <message>
            <source>Continuum</source>
            <translation>Continuum</translation>
        </message>
        <message>
            <source>No study catalog is open.</source>
            <translation>Es ist kein Untersuchungskatalog geöffnet.</translation>
        </message>
        <message>
            <source>Study List</source>
            <translation>Untersuchungsliste</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Viewer</translation>
        </message>
        <message>
            <source>Hanging protocol not loaded: %1</source>
            <translation>Hanging-Protokoll nicht geladen: %1</translation>
        </message>
        <message>
            <source>Hanging protocol layout</source>
            <translation>Layout des Hanging-Protokolls</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>Patient / series</source>
            <translation>Patient / Serie</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serien</translation>
        </message>
        <message>
            <source>Warnings and refused files</source>
            <translation>Warnungen und abgelehnte Dateien</translation>
        </message>
        <message>
            <source>Reports and key objects</source>
            <translation>Befunde und Key Objects</translation>
        </message>
        <message>
            <source>The referenced image %1 is not among the images open.</source>
            <translation>Das referenzierte Bild %1 ist nicht unter den geöffneten Bildern.</translation>
        </message>
        <message>
            <source>Reports and key objects (%1)</source>
            <translation>Befunde und Key Objects (%1)</translation>
        </message>
        <message>
            <source>Patient timeline</source>
            <translation>Patientenzeitachse</translation>
        </message>
        <message numerus="yes">
            <source>%n selected study(ies) are only on the PACS and are being retrieved; compare again when they have arrived.</source>
            <translation>
                <numerusform>%n ausgewählte Untersuchung ist nur im PACS vorhanden und wird abgerufen; vergleichen Sie erneut, wenn sie eingetroffen ist.</numerusform>
                <numerusform>%n ausgewählte Untersuchungen sind nur im PACS vorhanden und werden abgerufen; vergleichen Sie erneut, wenn sie eingetroffen sind.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading %1/%2</source>
            <translation>Lade %1/%2</translation>
        </message>
        <message>
            <source>All %1 images loaded</source>
            <translation>Alle %1 Bilder geladen</translation>
        </message>
        <message>
            <source>%1 of %2 images loaded, %3 could not be decoded</source>
            <translation>%1 von %2 Bildern geladen, %3 konnten nicht dekodiert werden</translation>
        </message>
        <message>
            <source>This image cannot be shown: %1</source>
            <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
        </message>
        <message>
            <source>Reading as %1.</source>
            <translation>Befundung als %1.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open Files...</source>
            <translation>Dateien ö&amp;ffnen...</translation>
        </message>
        <message>
            <source>Open &amp;Folder...</source>
            <translation>&amp;Ordner öffnen...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <source>&amp;Import into the Study Catalog...</source>
            <translation>In den Untersuchungskatalog &amp;importieren...</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Export Study (anonymized, DICOMDIR)...</source>
            <translation>Untersuchung &amp;exportieren (anonymisiert, DICOMDIR)...</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>Ein&amp;stellungen...</translation>
        </message>
        <message>
            <source>PACS nodes saved to %1</source>
            <translation>PACS-Knoten in %1 gespeichert</translation>
        </message>
        <message>
            <source>S&amp;witch User...</source>
            <translation>Benutzer &amp;wechseln...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+U</source>
            <translation>Ctrl+Shift+U</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>Sper&amp;ren</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Study List</source>
            <translation>&amp;Untersuchungsliste</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>&amp;Viewer</source>
            <translation>&amp;Viewer</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>&amp;Layout (hanging protocol)</source>
            <translation>&amp;Layout (Hanging-Protokoll)</translation>
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <source>&amp;Reformat (MPR)</source>
            <translation>&amp;Rekonstruktion (MPR)</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>An &amp;Fenster anpassen</translation>
        </message>
        <message>
            <source>&amp;Reset Window/Level</source>
            <translation>Fensterung &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>Rotate &amp;Clockwise</source>
            <translation>&amp;Im Uhrzeigersinn drehen</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Rotate C&amp;ounterclockwise</source>
            <translation>&amp;Gegen den Uhrzeigersinn drehen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+R</source>
            <translation>Ctrl+Shift+R</translation>
        </message>
        <message>
            <source>Flip &amp;Horizontally</source>
            <translation>&amp;Horizontal spiegeln</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>Flip V&amp;ertically</source>
            <translation>V&amp;ertikal spiegeln</translation>
        </message>
        <message>
            <source>Ctrl+Shift+H</source>
            <translation>Ctrl+Shift+H</translation>
        </message>
        <message>
            <source>&amp;Invert Grey Levels</source>
            <translation>Graustufen i&amp;nvertieren</translation>
        </message>
        <message>
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <source>&amp;Magnifier</source>
            <translation>Lu&amp;pe</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Werkzeuge</translation>
        </message>
        <message>
            <source>&amp;Window/Level (drag)</source>
            <translation>&amp;Fensterung (ziehen)</translation>
        </message>
        <message>
            <source>&amp;Select</source>
            <translation>&amp;Auswählen</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Länge</translation>
        </message>
        <message>
            <source>&amp;Angle</source>
            <translation>&amp;Winkel</translation>
        </message>
        <message>
            <source>&amp;Cobb Angle</source>
            <translation>&amp;Cobb-Winkel</translation>
        </message>
        <message>
            <source>&amp;Ellipse ROI</source>
            <translation>&amp;Ellipsen-ROI</translation>
        </message>
        <message>
            <source>&amp;Freehand ROI</source>
            <translation>F&amp;reihand-ROI</translation>
        </message>
        <message>
            <source>Pixel &amp;Probe</source>
            <translation>Pi&amp;xelwert</translation>
        </message>
        <message>
            <source>&amp;Delete Selected Measurement</source>
            <translation>Ausgewählte Messung l&amp;öschen</translation>
        </message>
        <message>
            <source>Toggle &amp;Key Image</source>
            <translation>&amp;Schlüsselbild ein/aus</translation>
        </message>
        <message>
            <source>Export Key Images (&amp;KOS)...</source>
            <translation>Schlüsselbilder exportieren (&amp;KOS)...</translation>
        </message>
        <message>
            <source>Export &amp;Presentation State (GSPS)...</source>
            <translation>&amp;Presentation State exportieren (GSPS)...</translation>
        </message>
        <message>
            <source>&amp;Apply Presentation States</source>
            <translation>Presentation States a&amp;nwenden</translation>
        </message>
        <message>
            <source>Mark Study &amp;Read</source>
            <translation>Untersuchung als &amp;befundet markieren</translation>
        </message>
        <message>
            <source>A&amp;udit Log...</source>
            <translation>A&amp;udit-Protokoll...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Protocol</source>
            <translation>&amp;Protokoll</translation>
        </message>
        <message>
            <source>&amp;Save This Layout as a Protocol...</source>
            <translation>Dieses Layout als Protokoll &amp;speichern...</translation>
        </message>
        <message>
            <source>&amp;Edit the Protocol Shown...</source>
            <translation>Angezeigtes Protokoll &amp;bearbeiten...</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>&amp;Fenster</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Continuum</source>
            <translation>&amp;Über Continuum</translation>
        </message>
        <message>
            <source>About Continuum</source>
            <translation>Über Continuum</translation>
        </message>
        <message>
            <source>Continuum %1: diagnostic DICOM viewer.
Mouse: wheel = slice, left drag = window/level, right drag = zoom, middle drag = pan. Keys: Home = fit, R = reset, 1-9 = window presets.</source>
            <translation>Continuum %1: diagnostischer DICOM-Viewer.
Maus: Rad = Schicht, links ziehen = Fensterung, rechts ziehen = Zoom, Mitte ziehen = Verschieben. Tasten: Pos1 = Einpassen, R = Zurücksetzen, 1-9 = Fenster-Voreinstellungen.</translation>
        </message>
        <message>
            <source>&amp;Default (from the images)</source>
            <translation>&amp;Standard (aus den Bildern)</translation>
        </message>
        <message>
            <source>%1 (from this image's values)</source>
            <translation>%1 (aus den Werten dieses Bildes)</translation>
        </message>
        <message>
            <source>%1 (W %2 / L %3)</source>
            <translation>%1 (W %2 / L %3)</translation>
        </message>
        <message>
            <source>Open DICOM files</source>
            <translation>DICOM-Dateien öffnen</translation>
        </message>
        <message>
            <source>Open a folder of DICOM files</source>
            <translation>Einen Ordner mit DICOM-Dateien öffnen</translation>
        </message>
        <message>
            <source>Open a series in the viewer first: MPR reformats the series shown there.</source>
            <translation>Öffnen Sie zuerst eine Serie im Viewer: MPR rekonstruiert die dort angezeigte Serie.</translation>
        </message>
        <message>
            <source>This series cannot be reformatted: %1</source>
            <translation>Diese Serie kann nicht rekonstruiert werden: %1</translation>
        </message>
        <message>
            <source>Multiplanar reformat: axial, coronal and sagittal</source>
            <translation>Multiplanare Rekonstruktion: axial, koronal und sagittal</translation>
        </message>
        <message>
            <source>MPR</source>
            <translation>MPR</translation>
        </message>
        <message>
            <source>Building the volume for MPR...</source>
            <translation>Volumen für MPR wird erstellt...</translation>
        </message>
        <message>
            <source>MPR: click to move the crosshair, wheel to step, Ctrl+drag for window/level.</source>
            <translation>MPR: Klicken verschiebt das Fadenkreuz, Rad blättert, Ctrl+Ziehen für Fensterung.</translation>
        </message>
        <message>
            <source>Preparing %1...</source>
            <translation>%1 wird vorbereitet...</translation>
        </message>
        <message>
            <source>Reading %1...</source>
            <translation>%1 wird gelesen...</translation>
        </message>
        <message>
            <source>No image could be opened: %1</source>
            <translation>Kein Bild konnte geöffnet werden: %1</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(kein Name)</translation>
        </message>
        <message>
            <source>%1 (ID %2)</source>
            <translation>%1 (ID %2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Study %1 %2</source>
            <translation>Untersuchung %1 %2</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Refused %1: %2</source>
            <translation>Abgelehnt %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n file(s) that are not DICOM, e.g. %1</source>
            <translation>
                <numerusform>%n Datei übersprungen, die kein DICOM ist, z. B. %1</numerusform>
                <numerusform>%n Dateien übersprungen, die kein DICOM sind, z. B. %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Continuum - %1</source>
            <translation>Continuum - %1</translation>
        </message>
        <message>
            <source>Export into which folder?</source>
            <translation>In welchen Ordner exportieren?</translation>
        </message>
        <message>
            <source>Reading the prior studies for the layout...</source>
            <translation>Voruntersuchungen für das Layout werden gelesen...</translation>
        </message>
        <message>
            <source>Open a study to see it in its hanging-protocol layout.</source>
            <translation>Öffnen Sie eine Untersuchung, um sie im Layout ihres Hanging-Protokolls zu sehen.</translation>
        </message>
        <message>
            <source>No hanging protocol matches what is open; the Viewer tab shows its series.</source>
            <translation>Kein Hanging-Protokoll passt zum Geöffneten; der Viewer-Tab zeigt die Serien.</translation>
        </message>
        <message>
            <source>%1 (my layout)</source>
            <translation>%1 (mein Layout)</translation>
        </message>
        <message>
            <source>Protocol saved: %1</source>
            <translation>Protokoll gespeichert: %1</translation>
        </message>
        <message>
            <source>Waiting for the study catalog to open patient %1...</source>
            <translation>Warten auf den Untersuchungskatalog, um Patient %1 zu öffnen...</translation>
        </message>
        <message>
            <source>That study is expected but not on any archive yet.</source>
            <translation>Diese Untersuchung wird erwartet, ist aber noch in keinem Archiv.</translation>
        </message>
        <message>
            <source>The study catalog %1 cannot be opened: %2</source>
            <translation>Der Untersuchungskatalog %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Opening the study catalog %1...</source>
            <translation>Untersuchungskatalog %1 wird geöffnet...</translation>
        </message>
        <message>
            <source>The study catalog %1 cannot be opened: %2
The viewer still opens files (File &gt; Open).</source>
            <translation>Der Untersuchungskatalog %1 kann nicht geöffnet werden: %2
Der Viewer öffnet weiterhin Dateien (Datei &gt; Öffnen).</translation>
        </message>
        <message>
            <source>The study catalog cannot be opened: %1</source>
            <translation>Der Untersuchungskatalog kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>The patient cannot be opened: the study catalog cannot be opened (%1).</source>
            <translation>Der Patient kann nicht geöffnet werden: Der Untersuchungskatalog kann nicht geöffnet werden (%1).</translation>
        </message>
        <message>
            <source>Worklist</source>
            <translation>Arbeitsliste</translation>
        </message>
        <message>
            <source>Oncology tumor-board workspace</source>
            <translation>Onkologie-Arbeitsbereich für Tumorboards</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Onkologie</translation>
        </message>
        <message>
            <source>Cardiology cine workspace</source>
            <translation>Kardiologie-Arbeitsbereich für Cine</translation>
        </message>
        <message>
            <source>Cardiology</source>
            <translation>Kardiologie</translation>
        </message>
        <message numerus="yes">
            <source>%n loop(s) playing in step; ECG under %1 of them.</source>
            <translation>
                <numerusform>%n Loop wird synchron abgespielt; EKG unter %1 davon.</numerusform>
                <numerusform>%n Loops werden synchron abgespielt; EKG unter %1 davon.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loop(s) playing in step.</source>
            <translation>
                <numerusform>%n Loop wird synchron abgespielt.</numerusform>
                <numerusform>%n Loops werden synchron abgespielt.</numerusform>
            </translation>
        </message>
        <message>
            <source>PACS</source>
            <translation>PACS</translation>
        </message>
        <message>
            <source>The study was retrieved into the catalog.</source>
            <translation>Die Untersuchung wurde in den Katalog abgerufen.</translation>
        </message>
        <message numerus="yes">
            <source>%n study(ies) received</source>
            <translation>
                <numerusform>%n Studie empfangen</numerusform>
                <numerusform>%n Studien empfangen</numerusform>
            </translation>
        </message>
        <message>
            <source>No study catalog is open: nothing can be imported.</source>
            <translation>Es ist kein Untersuchungskatalog geöffnet: Es kann nichts importiert werden.</translation>
        </message>
        <message>
            <source>An import is running: wait for it or cancel it first.</source>
            <translation>Ein Import läuft: Warten Sie darauf oder brechen Sie ihn zuerst ab.</translation>
        </message>
        <message>
            <source>Select a catalogued study to export (Study List), or open one.</source>
            <translation>Wählen Sie eine katalogisierte Untersuchung zum Exportieren (Untersuchungsliste) oder öffnen Sie eine.</translation>
        </message>
        <message>
            <source>Export Study</source>
            <translation>Untersuchung exportieren</translation>
        </message>
        <message>
            <source>The study cannot be exported: %1</source>
            <translation>Die Untersuchung kann nicht exportiert werden: %1</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>Import finished: %n new image(s)</source>
            <translation>
                <numerusform>Import abgeschlossen: %n neues Bild</numerusform>
                <numerusform>Import abgeschlossen: %n neue Bilder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n file(s) of this study is on this computer any more.</source>
            <translation>
                <numerusform>Die %n Datei dieser Untersuchung ist nicht mehr auf diesem Computer.</numerusform>
                <numerusform>Keine der %n Dateien dieser Untersuchung ist mehr auf diesem Computer.</numerusform>
            </translation>
        </message>
        <message>
            <source>This study has no files to open.</source>
            <translation>Diese Untersuchung hat keine Dateien zum Öffnen.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this study are missing on disk; the other %1 are opened.</source>
            <translation>
                <numerusform>%n Datei dieser Untersuchung fehlt auf dem Datenträger; die übrigen %1 werden geöffnet.</numerusform>
                <numerusform>%n Dateien dieser Untersuchung fehlen auf dem Datenträger; die übrigen %1 werden geöffnet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Comparing %n study(ies) with the newest as current.</source>
            <translation>
                <numerusform>Vergleich von %n Untersuchung mit der neuesten als aktueller.</numerusform>
                <numerusform>Vergleich von %n Untersuchungen mit der neuesten als aktueller.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::NodeSettingsPage</name>
        <message>
            <source>Remote nodes</source>
            <translation>Entfernte Knoten</translation>
        </message>
        <message>
            <source>Add DIMSE</source>
            <translation>DIMSE hinzufügen</translation>
        </message>
        <message>
            <source>Add DICOMweb</source>
            <translation>DICOMweb hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>a unique name, e.g. main-pacs</source>
            <translation>ein eindeutiger Name, z. B. main-pacs</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>DIMSE (DICOM network)</source>
            <translation>DIMSE (DICOM-Netzwerk)</translation>
        </message>
        <message>
            <source>DICOMweb</source>
            <translation>DICOMweb</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Zeitlimit</translation>
        </message>
        <message>
            <source>DIMSE</source>
            <translation>DIMSE</translation>
        </message>
        <message>
            <source>called AE title</source>
            <translation>aufgerufener AE-Titel</translation>
        </message>
        <message>
            <source>AE title</source>
            <translation>AE-Titel</translation>
        </message>
        <message>
            <source>host name or IP address</source>
            <translation>Hostname oder IP-Adresse</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Use DICOM TLS</source>
            <translation>DICOM TLS verwenden</translation>
        </message>
        <message>
            <source>PEM files of the server's CA, separated by ;</source>
            <translation>PEM-Dateien der CA des Servers, getrennt durch ;</translation>
        </message>
        <message>
            <source>Trusted certificates</source>
            <translation>Vertrauenswürdige Zertifikate</translation>
        </message>
        <message>
            <source>Verify the server's certificate</source>
            <translation>Zertifikat des Servers prüfen</translation>
        </message>
        <message>
            <source>optional: our client certificate (PEM)</source>
            <translation>optional: unser Client-Zertifikat (PEM)</translation>
        </message>
        <message>
            <source>Client certificate</source>
            <translation>Client-Zertifikat</translation>
        </message>
        <message>
            <source>its private key (PEM)</source>
            <translation>sein privater Schlüssel (PEM)</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>Privater Schlüssel</translation>
        </message>
        <message>
            <source>leave empty to keep the saved one (or none)</source>
            <translation>leer lassen, um den gespeicherten zu behalten (oder keinen)</translation>
        </message>
        <message>
            <source>Key password</source>
            <translation>Schlüsselpasswort</translation>
        </message>
        <message>
            <source>C-GET (no set-up on the node)</source>
            <translation>C-GET (keine Einrichtung am Knoten nötig)</translation>
        </message>
        <message>
            <source>C-MOVE to our AE (the node must know our AE title, host and port)</source>
            <translation>C-MOVE an unseren AE (der Knoten muss unseren AE-Titel, Host und Port kennen)</translation>
        </message>
        <message>
            <source>Retrieve with</source>
            <translation>Abrufen mit</translation>
        </message>
        <message>
            <source>Modality worklist server (scheduled procedures)</source>
            <translation>Modality-Worklist-Server (geplante Untersuchungen)</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>Basis-URL</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Basic (Benutzer und Passwort)</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Bearer-Token</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Authentifizierung</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>leave empty to keep the saved one</source>
            <translation>leer lassen, um das gespeicherte zu behalten</translation>
        </message>
        <message>
            <source>Password or token</source>
            <translation>Passwort oder Token</translation>
        </message>
        <message>
            <source>optional: extra trusted CA certificates (PEM)</source>
            <translation>optional: zusätzliche vertrauenswürdige CA-Zertifikate (PEM)</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>CA-Zertifikate</translation>
        </message>
        <message>
            <source>This workstation</source>
            <translation>Diese Workstation</translation>
        </message>
        <message>
            <source>Our AE title</source>
            <translation>Unser AE-Titel</translation>
        </message>
        <message>
            <source>Our port</source>
            <translation>Unser Port</translation>
        </message>
        <message>
            <source>AE titles allowed to send to us, separated by commas; empty: any</source>
            <translation>AE-Titel, die an uns senden dürfen, durch Kommas getrennt; leer: alle</translation>
        </message>
        <message>
            <source>Allowed callers</source>
            <translation>Zugelassene Aufrufer</translation>
        </message>
        <message>
            <source>Receive studies sent to this workstation (our port stays open while Continuum runs)</source>
            <translation>An diesen Arbeitsplatz gesendete Studien empfangen (unser Port bleibt offen, solange Continuum läuft)</translation>
        </message>
        <message>
            <source>Receive over DICOM TLS</source>
            <translation>Über DICOM TLS empfangen</translation>
        </message>
        <message>
            <source>our certificate (PEM)</source>
            <translation>unser Zertifikat (PEM)</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>PEM files of the callers' CA, separated by ;</source>
            <translation>PEM-Dateien der CA der Aufrufer, getrennt durch ;</translation>
        </message>
        <message>
            <source>Trusted callers</source>
            <translation>Vertrauenswürdige Aufrufer</translation>
        </message>
        <message>
            <source>Require callers to present a trusted certificate</source>
            <translation>Aufrufer müssen ein vertrauenswürdiges Zertifikat vorweisen</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) from %1</source>
            <translation>
                <numerusform>%n Knoten aus %1</numerusform>
                <numerusform>%n Knoten aus %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 does not exist yet: it is created when you save.</source>
            <translation>%1 existiert noch nicht: Die Datei wird beim Speichern erstellt.</translation>
        </message>
        <message>
            <source>node "%1"</source>
            <translation>Knoten „%1“</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>no nodes file chosen</source>
            <translation>keine Knotendatei gewählt</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n node(s) to %1.</source>
            <translation>
                <numerusform>%n Knoten in %1 gespeichert.</numerusform>
                <numerusform>%n Knoten in %1 gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passwords are kept in %1, not in the file.</source>
            <translation>Passwörter werden in %1 aufbewahrt, nicht in der Datei.</translation>
        </message>
        <message>
            <source>Password needed for node %1.</source>
            <translation>Passwort für Knoten %1 erforderlich.</translation>
        </message>
        <message>
            <source>Token needed for node %1.</source>
            <translation>Token für Knoten %1 erforderlich.</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Verbindung zu %1 wird getestet…</translation>
        </message>
        <message>
            <source>Connection to %1 works (%2, %3 ms).</source>
            <translation>Verbindung zu %1 funktioniert (%2, %3 ms).</translation>
        </message>
        <message>
            <source>Connection to %1 failed: %2</source>
            <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::OncologyWorkspace</name>
        <message>
            <source>Register to current</source>
            <translation>Auf aktuelle registrieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Prior:</source>
            <translation>Voruntersuchung:</translation>
        </message>
        <message>
            <source>x (right to left)</source>
            <translation>x (rechts nach links)</translation>
        </message>
        <message>
            <source>y (anterior to posterior)</source>
            <translation>y (anterior nach posterior)</translation>
        </message>
        <message>
            <source>z (feet to head)</source>
            <translation>z (Füße nach Kopf)</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source> deg</source>
            <translation> Grad</translation>
        </message>
        <message>
            <source>Shift -</source>
            <translation>Verschieben -</translation>
        </message>
        <message>
            <source>Shift +</source>
            <translation>Verschieben +</translation>
        </message>
        <message>
            <source>Rotate -</source>
            <translation>Drehen -</translation>
        </message>
        <message>
            <source>Rotate +</source>
            <translation>Drehen +</translation>
        </message>
        <message>
            <source>Save registration as DICOM...</source>
            <translation>Registrierung als DICOM speichern...</translation>
        </message>
        <message>
            <source>Adjust prior by hand along/about</source>
            <translation>Voruntersuchung manuell anpassen entlang/um</translation>
        </message>
        <message>
            <source>Organ</source>
            <translation>Organ</translation>
        </message>
        <message>
            <source>Lymph node</source>
            <translation>Lymphknoten</translation>
        </message>
        <message>
            <source>New lesion</source>
            <translation>Neue Läsion</translation>
        </message>
        <message>
            <source>Long axis</source>
            <translation>Lange Achse</translation>
        </message>
        <message>
            <source>Short axis</source>
            <translation>Kurze Achse</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Messen</translation>
        </message>
        <message>
            <source>Link to suggestion</source>
            <translation>Mit Vorschlag verknüpfen</translation>
        </message>
        <message>
            <source>Tumor board PDF...</source>
            <translation>Tumorboard-PDF...</translation>
        </message>
        <message>
            <source>DICOM SR (TID 1500)...</source>
            <translation>DICOM SR (TID 1500)...</translation>
        </message>
        <message>
            <source>Lesion:</source>
            <translation>Läsion:</translation>
        </message>
        <message>
            <source>Only studies in the local catalog are offered: retrieve priors held on the PACS first.</source>
            <translation>Nur Untersuchungen im lokalen Katalog werden angeboten: Rufen Sie im PACS gespeicherte Voruntersuchungen zuerst ab.</translation>
        </message>
        <message>
            <source>Study %1 is neither in the local catalog nor among the PACS's studies: left out.</source>
            <translation>Untersuchung %1 ist weder im lokalen Katalog noch unter den Untersuchungen des PACS: ausgelassen.</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>Verlaufskontrolle %1</translation>
        </message>
        <message>
            <source>current</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>current (%1)</source>
            <translation>aktuell (%1)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>no %1 series</source>
            <translation>keine %1-Serie</translation>
        </message>
        <message>
            <source>Reading the images of %1 of %2 timepoints...</source>
            <translation>Bilder von %1 von %2 Zeitpunkten werden gelesen...</translation>
        </message>
        <message numerus="yes">
            <source>Retrieving %n prior(s) from the PACS...</source>
            <translation>
                <numerusform>%n Voruntersuchung wird aus dem PACS abgerufen...</numerusform>
                <numerusform>%n Voruntersuchungen werden aus dem PACS abgerufen...</numerusform>
            </translation>
        </message>
        <message>
            <source>the retrieve from the PACS failed</source>
            <translation>der Abruf aus dem PACS ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>retrieved, but the study is not in the local catalog</source>
            <translation>abgerufen, aber die Untersuchung ist nicht im lokalen Katalog</translation>
        </message>
        <message>
            <source>reading images...</source>
            <translation>Bilder werden gelesen...</translation>
        </message>
        <message>
            <source>retrieving from the PACS...</source>
            <translation>wird aus dem PACS abgerufen...</translation>
        </message>
        <message>
            <source>not retrieved: %1</source>
            <translation>nicht abgerufen: %1</translation>
        </message>
        <message>
            <source>only on the PACS (no retrieve available here)</source>
            <translation>nur im PACS (hier kein Abruf verfügbar)</translation>
        </message>
        <message>
            <source>not shown: %1</source>
            <translation>nicht angezeigt: %1</translation>
        </message>
        <message>
            <source>same frame of reference UID, other study:</source>
            <translation>gleiche Frame of Reference UID, andere Untersuchung:</translation>
        </message>
        <message>
            <source>treated as unregistered (slice index fraction)</source>
            <translation>als nicht registriert behandelt (relativer Schichtindex)</translation>
        </message>
        <message>
            <source>unregistered: synchronized by slice index fraction</source>
            <translation>nicht registriert: über relativen Schichtindex synchronisiert</translation>
        </message>
        <message>
            <source>registered by a Spatial Registration object of %1</source>
            <translation>registriert durch ein Spatial-Registration-Objekt vom %1</translation>
        </message>
        <message>
            <source>aligned by hand (saved %1 by %2)</source>
            <translation>manuell ausgerichtet (gespeichert %1 von %2)</translation>
        </message>
        <message>
            <source>registered to the current study (cached %1 by %2)</source>
            <translation>auf die aktuelle Untersuchung registriert (zwischengespeichert %1 von %2)</translation>
        </message>
        <message>
            <source>%1: retrieving from the PACS...</source>
            <translation>%1: wird aus dem PACS abgerufen...</translation>
        </message>
        <message>
            <source>%1: not retrieved: %2</source>
            <translation>%1: nicht abgerufen: %2</translation>
        </message>
        <message>
            <source>%1: only on the PACS; retrieve it to compare</source>
            <translation>%1: nur im PACS; zum Vergleichen abrufen</translation>
        </message>
        <message>
            <source>%1: not shown: %2</source>
            <translation>%1: nicht angezeigt: %2</translation>
        </message>
        <message>
            <source>scrolling follows patient position</source>
            <translation>Blättern folgt der Patientenposition</translation>
        </message>
        <message>
            <source>scrolling follows the slice index fraction</source>
            <translation>Blättern folgt dem relativen Schichtindex</translation>
        </message>
        <message>
            <source>unregistered</source>
            <translation>nicht registriert</translation>
        </message>
        <message>
            <source>%1: %2; %3</source>
            <translation>%1: %2; %3</translation>
        </message>
        <message>
            <source>Image %1/%2</source>
            <translation>Bild %1/%2</translation>
        </message>
        <message>
            <source>W %1 L %2</source>
            <translation>W %1 L %2</translation>
        </message>
        <message>
            <source>Lesion %1</source>
            <translation>Läsion %1</translation>
        </message>
        <message>
            <source>No such timepoint.</source>
            <translation>Dieser Zeitpunkt existiert nicht.</translation>
        </message>
        <message>
            <source>No such lesion: %1</source>
            <translation>Diese Läsion existiert nicht: %1</translation>
        </message>
        <message>
            <source>No image shown on %1.</source>
            <translation>Kein Bild auf %1 angezeigt.</translation>
        </message>
        <message>
            <source>RECIST needs lengths in mm in the patient; this image measures in %1.</source>
            <translation>RECIST benötigt Längen in mm im Patienten; dieses Bild misst in %1.</translation>
        </message>
        <message>
            <source>%1 on %2: %3 %4 mm</source>
            <translation>%1 auf %2: %3 %4 mm</translation>
        </message>
        <message>
            <source>long axis</source>
            <translation>lange Achse</translation>
        </message>
        <message>
            <source>short axis</source>
            <translation>kurze Achse</translation>
        </message>
        <message>
            <source>; probably %1 (%2 mm away): use "Link to suggestion"</source>
            <translation>; wahrscheinlich %1 (%2 mm entfernt): „Mit Vorschlag verknüpfen“ verwenden</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>These lesions cannot be linked: both are measured on the same study.</source>
            <translation>Diese Läsionen können nicht verknüpft werden: Beide sind in derselben Untersuchung gemessen.</translation>
        </message>
        <message>
            <source>Not saved: %1 (changed by %2 at %3). Reopen the comparison to see their lesions; yours stay on screen until then.</source>
            <translation>Nicht gespeichert: %1 (geändert von %2 um %3). Öffnen Sie den Vergleich erneut, um deren Läsionen zu sehen; Ihre bleiben bis dahin auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>The stored lesions cannot be read: %1</source>
            <translation>Die gespeicherten Läsionen können nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Registration needs images on both studies.</source>
            <translation>Die Registrierung benötigt Bilder in beiden Untersuchungen.</translation>
        </message>
        <message>
            <source>Cannot register: the current study's series is not a volume (%1).</source>
            <translation>Registrierung nicht möglich: Die Serie der aktuellen Untersuchung ist kein Volumen (%1).</translation>
        </message>
        <message>
            <source>Cannot register: the prior's series is not a volume (%1).</source>
            <translation>Registrierung nicht möglich: Die Serie der Voruntersuchung ist kein Volumen (%1).</translation>
        </message>
        <message>
            <source>Registering %1 to the current study...</source>
            <translation>%1 wird auf die aktuelle Untersuchung registriert...</translation>
        </message>
        <message>
            <source>level %1/%2, iteration %3</source>
            <translation>Stufe %1/%2, Iteration %3</translation>
        </message>
        <message>
            <source>Registered: %1 degrees, %2 mm</source>
            <translation>Registriert: %1 Grad, %2 mm</translation>
        </message>
        <message>
            <source>Registration cancelled.</source>
            <translation>Registrierung abgebrochen.</translation>
        </message>
        <message>
            <source>Registration failed: %1</source>
            <translation>Registrierung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The registration is used but not cached: %1</source>
            <translation>Die Registrierung wird verwendet, aber nicht zwischengespeichert: %1</translation>
        </message>
        <message>
            <source>aligned by hand</source>
            <translation>manuell ausgerichtet</translation>
        </message>
        <message>
            <source>registered to the current study</source>
            <translation>auf die aktuelle Untersuchung registriert</translation>
        </message>
        <message>
            <source>Adjusting needs the images of both studies on screen.</source>
            <translation>Zum Anpassen müssen die Bilder beider Untersuchungen angezeigt sein.</translation>
        </message>
        <message>
            <source>%1 adjusted by hand: now %2 degrees, (%3, %4, %5) mm</source>
            <translation>%1 manuell angepasst: jetzt %2 Grad, (%3, %4, %5) mm</translation>
        </message>
        <message>
            <source>Choose a prior: the current study is the reference.</source>
            <translation>Wählen Sie eine Voruntersuchung: Die aktuelle Untersuchung ist die Referenz.</translation>
        </message>
        <message>
            <source>%1 is not registered to the current study.</source>
            <translation>%1 ist nicht auf die aktuelle Untersuchung registriert.</translation>
        </message>
        <message>
            <source>Saving needs the images of both studies.</source>
            <translation>Zum Speichern werden die Bilder beider Untersuchungen benötigt.</translation>
        </message>
        <message>
            <source>Prior aligned by hand to the current study</source>
            <translation>Voruntersuchung manuell auf die aktuelle Untersuchung ausgerichtet</translation>
        </message>
        <message>
            <source>Prior registered to the current study</source>
            <translation>Voruntersuchung auf die aktuelle Untersuchung registriert</translation>
        </message>
        <message>
            <source>Spatial Registration object not written: %1</source>
            <translation>Spatial-Registration-Objekt nicht geschrieben: %1</translation>
        </message>
        <message>
            <source>Spatial Registration object written to %1, but not added to the catalog: %2</source>
            <translation>Spatial-Registration-Objekt nach %1 geschrieben, aber nicht in den Katalog aufgenommen: %2</translation>
        </message>
        <message>
            <source>Spatial Registration object written and added to the catalog: %1</source>
            <translation>Spatial-Registration-Objekt geschrieben und in den Katalog aufgenommen: %1</translation>
        </message>
        <message>
            <source>the catalog did not take the file</source>
            <translation>der Katalog hat die Datei nicht übernommen</translation>
        </message>
        <message>
            <source>the written file cannot be read back</source>
            <translation>die geschriebene Datei kann nicht zurückgelesen werden</translation>
        </message>
        <message>
            <source>DICOM Spatial Registration</source>
            <translation>DICOM Spatial Registration</translation>
        </message>
        <message>
            <source>DICOM (*.dcm)</source>
            <translation>DICOM (*.dcm)</translation>
        </message>
        <message>
            <source>No current study is shown.</source>
            <translation>Es wird keine aktuelle Untersuchung angezeigt.</translation>
        </message>
        <message>
            <source>Tumor board PDF not written: %1</source>
            <translation>Tumorboard-PDF nicht geschrieben: %1</translation>
        </message>
        <message>
            <source>Tumor board PDF written: %1</source>
            <translation>Tumorboard-PDF geschrieben: %1</translation>
        </message>
        <message>
            <source>The current study cannot be read: %1</source>
            <translation>Die aktuelle Untersuchung kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>No measured lesions to report.</source>
            <translation>Keine gemessenen Läsionen für den Bericht.</translation>
        </message>
        <message>
            <source>Tumor measurements</source>
            <translation>Tumormessungen</translation>
        </message>
        <message>
            <source>DICOM SR not written: %1</source>
            <translation>DICOM SR nicht geschrieben: %1</translation>
        </message>
        <message>
            <source>DICOM SR written to %1, but not added to the catalog: %2</source>
            <translation>DICOM SR nach %1 geschrieben, aber nicht in den Katalog aufgenommen: %2</translation>
        </message>
        <message>
            <source>DICOM SR written and added to the catalog: %1</source>
            <translation>DICOM SR geschrieben und in den Katalog aufgenommen: %1</translation>
        </message>
        <message>
            <source>Tumor board PDF</source>
            <translation>Tumorboard-PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>DICOM SR measurement report</source>
            <translation>DICOM-SR-Messbericht</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PacsCommands</name>
        <message>
            <source>node "%1" uses no authentication: --password-stdin, --token-stdin and --remember do not apply</source>
            <translation>Knoten „%1“ verwendet keine Authentifizierung: --password-stdin, --token-stdin und --remember gelten nicht</translation>
        </message>
        <message>
            <source>node "%1" uses basic authentication: give its password with --password-stdin</source>
            <translation>Knoten „%1“ verwendet Basic-Authentifizierung: Geben Sie das Passwort mit --password-stdin an</translation>
        </message>
        <message>
            <source>node "%1" uses bearer authentication: give its token with --token-stdin</source>
            <translation>Knoten „%1“ verwendet Bearer-Authentifizierung: Geben Sie das Token mit --token-stdin an</translation>
        </message>
        <message>
            <source>--remember saves what --password-stdin or --token-stdin reads</source>
            <translation>--remember speichert, was --password-stdin oder --token-stdin liest</translation>
        </message>
        <message>
            <source>no password on standard input</source>
            <translation>kein Passwort auf der Standardeingabe</translation>
        </message>
        <message>
            <source>no token on standard input</source>
            <translation>kein Token auf der Standardeingabe</translation>
        </message>
        <message>
            <source>not remembered: secrets can only be kept in %1</source>
            <translation>nicht gespeichert: Geheimnisse können nur in %1 aufbewahrt werden</translation>
        </message>
        <message>
            <source>node "%1" needs a password: pass it with --password-stdin or $CONTINUUM_PACS_PASSWORD (add --remember to save it in the desktop keyring)</source>
            <translation>Knoten „%1“ benötigt ein Passwort: Übergeben Sie es mit --password-stdin oder $CONTINUUM_PACS_PASSWORD (mit --remember wird es im Schlüsselbund des Desktops gespeichert)</translation>
        </message>
        <message>
            <source>node "%1" needs a token: pass it with --token-stdin or $CONTINUUM_PACS_TOKEN (add --remember to save it in the desktop keyring)</source>
            <translation>Knoten „%1“ benötigt ein Token: Übergeben Sie es mit --token-stdin oder $CONTINUUM_PACS_TOKEN (mit --remember wird es im Schlüsselbund des Desktops gespeichert)</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>unerwartetes Argument „%1“</translation>
        </message>
        <message>
            <source>--node NAME is required</source>
            <translation>--node NAME ist erforderlich</translation>
        </message>
        <message>
            <source>no node named "%1" in %2 (known: %3)</source>
            <translation>kein Knoten namens „%1“ in %2 (bekannt: %3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>node "%1" is a DIMSE node: --password-stdin, --token-stdin and --remember are for DICOMweb nodes</source>
            <translation>Knoten „%1“ ist ein DIMSE-Knoten: --password-stdin, --token-stdin und --remember sind für DICOMweb-Knoten</translation>
        </message>
        <message>
            <source>Test the connection to a node (C-ECHO; a QIDO-RS search for DICOMweb nodes).</source>
            <translation>Verbindung zu einem Knoten testen (C-ECHO; eine QIDO-RS-Suche bei DICOMweb-Knoten).</translation>
        </message>
        <message>
            <source>Search a node (C-FIND or QIDO-RS). Text keys accept the wildcards * and ?.</source>
            <translation>Einen Knoten durchsuchen (C-FIND oder QIDO-RS). Textschlüssel akzeptieren die Platzhalter * und ?.</translation>
        </message>
        <message>
            <source>patient, study (default) or series.</source>
            <translation>patient, study (Standard) oder series.</translation>
        </message>
        <message>
            <source>Patient name, DICOM form (Doe^John*).</source>
            <translation>Patientenname, DICOM-Form (Doe^John*).</translation>
        </message>
        <message>
            <source>Patient ID.</source>
            <translation>Patienten-ID.</translation>
        </message>
        <message>
            <source>Study Instance UID (required at series level).</source>
            <translation>Study Instance UID (auf Serienebene erforderlich).</translation>
        </message>
        <message>
            <source>Accession number.</source>
            <translation>Accession Number.</translation>
        </message>
        <message>
            <source>Modality (CT, MR...).</source>
            <translation>Modalität (CT, MR...).</translation>
        </message>
        <message>
            <source>First study date (YYYY-MM-DD).</source>
            <translation>Erstes Untersuchungsdatum (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Last study date (YYYY-MM-DD).</source>
            <translation>Letztes Untersuchungsdatum (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Print JSON instead of a table.</source>
            <translation>JSON statt einer Tabelle ausgeben.</translation>
        </message>
        <message>
            <source>--level must be patient, study or series</source>
            <translation>--level muss patient, study oder series sein</translation>
        </message>
        <message>
            <source>dates are written YYYY-MM-DD</source>
            <translation>Datumsangaben werden als YYYY-MM-DD geschrieben</translation>
        </message>
        <message>
            <source>--level series needs --study-uid</source>
            <translation>--level series benötigt --study-uid</translation>
        </message>
        <message>
            <source>  %1 studies</source>
            <translation>  %1 Untersuchungen</translation>
        </message>
        <message>
            <source>  %1 series  %2 images  </source>
            <translation>  %1 Serien  %2 Bilder  </translation>
        </message>
        <message>
            <source>  %1 images  </source>
            <translation>  %1 Bilder  </translation>
        </message>
        <message>
            <source>1 match</source>
            <translation>1 Treffer</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 Treffer</translation>
        </message>
        <message>
            <source>Retrieve a study or series into a folder (C-GET, or C-MOVE with --move or when the node's "retrieve" is "move"; WADO-RS for DICOMweb nodes).</source>
            <translation>Eine Studie oder Serie in einen Ordner abrufen (C-GET, oder C-MOVE mit --move oder wenn "retrieve" des Knotens "move" ist; WADO-RS für DICOMweb-Knoten).</translation>
        </message>
        <message>
            <source>Study Instance UID.</source>
            <translation>Study Instance UID.</translation>
        </message>
        <message>
            <source>Only this series.</source>
            <translation>Nur diese Serie.</translation>
        </message>
        <message>
            <source>C-MOVE to our AE title and port (the node must know them).</source>
            <translation>C-MOVE an unseren AE-Titel und Port (der Knoten muss sie kennen).</translation>
        </message>
        <message>
            <source>Destination folder.</source>
            <translation>Zielordner.</translation>
        </message>
        <message>
            <source>--study-uid UID is required</source>
            <translation>--study-uid UID ist erforderlich</translation>
        </message>
        <message>
            <source>--to DIR is required</source>
            <translation>--to DIR ist erforderlich</translation>
        </message>
        <message>
            <source>--move is for DIMSE nodes; a DICOMweb node is retrieved with WADO-RS</source>
            <translation>--move ist für DIMSE-Knoten; ein DICOMweb-Knoten wird mit WADO-RS abgerufen</translation>
        </message>
        <message>
            <source>conflict %1: a different file had this instance's name; kept both</source>
            <translation>Konflikt %1: Eine andere Datei hatte den Namen dieser Instanz; beide behalten</translation>
        </message>
        <message>
            <source>Send DICOM files to a node (C-STORE, or STOW-RS for DICOMweb nodes).</source>
            <translation>DICOM-Dateien an einen Knoten senden (C-STORE, oder STOW-RS für DICOMweb-Knoten).</translation>
        </message>
        <message>
            <source>Files or folders (searched recursively).</source>
            <translation>Dateien oder Ordner (rekursiv durchsucht).</translation>
        </message>
        <message>
            <source>send needs at least one PATH</source>
            <translation>send benötigt mindestens einen PATH</translation>
        </message>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1: Datei oder Ordner existiert nicht</translation>
        </message>
        <message>
            <source>not sent %1</source>
            <translation>nicht gesendet %1</translation>
        </message>
        <message>
            <source>Name of the remote node (from the nodes file).</source>
            <translation>Name des entfernten Knotens (aus der Knotendatei).</translation>
        </message>
        <message>
            <source>Nodes file (default: $CONTINUUM_NODES or ~/.config/continuum/nodes.json).</source>
            <translation>Knotendatei (Standard: $CONTINUUM_NODES oder ~/.config/continuum/nodes.json).</translation>
        </message>
        <message>
            <source>DICOMweb basic authentication: read the password from the first line of standard input.</source>
            <translation>DICOMweb-Basic-Authentifizierung: das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
        </message>
        <message>
            <source>DICOMweb bearer authentication: read the token from the first line of standard input.</source>
            <translation>DICOMweb-Bearer-Authentifizierung: das Token aus der ersten Zeile der Standardeingabe lesen.</translation>
        </message>
        <message>
            <source>Save the password or token given on standard input in the desktop keyring for this node.</source>
            <translation>Das auf der Standardeingabe übergebene Passwort oder Token für diesen Knoten im Schlüsselbund des Desktops speichern.</translation>
        </message>
        <message>
            <source>usage: continuum pacs echo|find|retrieve|send --node NAME [--nodes FILE] ... (see --help of each)</source>
            <translation>Aufruf: continuum pacs echo|find|retrieve|send --node NAME [--nodes FILE] ... (siehe jeweils --help)</translation>
        </message>
        <message>
            <source>unknown pacs command "%1": use echo, find, retrieve or send</source>
            <translation>unbekannter pacs-Befehl „%1“: verwenden Sie echo, find, retrieve oder send</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PacsQueryPanel</name>
        <message>
            <source>Remote archives</source>
            <translation>Entfernte Archive</translation>
        </message>
        <message>
            <source>Remote node</source>
            <translation>Entfernter Knoten</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Patientenname</translation>
        </message>
        <message>
            <source>e.g. Doe* (wildcards * and ?)</source>
            <translation>z. B. Doe* (Platzhalter * und ?)</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>Patienten-ID</translation>
        </message>
        <message>
            <source>Study date from</source>
            <translation>Untersuchungsdatum von</translation>
        </message>
        <message>
            <source>Restrict the study date</source>
            <translation>Untersuchungsdatum einschränken</translation>
        </message>
        <message>
            <source>Study date to</source>
            <translation>Untersuchungsdatum bis</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalität</translation>
        </message>
        <message>
            <source>e.g. CT</source>
            <translation>z. B. CT</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Search the remote node</source>
            <translation>Den entfernten Knoten durchsuchen</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Test the connection to the remote node</source>
            <translation>Verbindung zum entfernten Knoten testen</translation>
        </message>
        <message>
            <source>C-ECHO for a DICOM node, a QIDO-RS search for a DICOMweb node</source>
            <translation>C-ECHO für einen DICOM-Knoten, eine QIDO-RS-Suche für einen DICOMweb-Knoten</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Node:</source>
            <translation>Knoten:</translation>
        </message>
        <message>
            <source>Patient name:</source>
            <translation>Patientenname:</translation>
        </message>
        <message>
            <source>Patient ID:</source>
            <translation>Patienten-ID:</translation>
        </message>
        <message>
            <source>Modality:</source>
            <translation>Modalität:</translation>
        </message>
        <message>
            <source>Studies found</source>
            <translation>Gefundene Untersuchungen</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serien</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Retrieve</source>
            <translation>Abrufen</translation>
        </message>
        <message>
            <source>Retrieve the selected study or series</source>
            <translation>Ausgewählte Untersuchung oder Serie abrufen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the retrieve</source>
            <translation>Abruf abbrechen</translation>
        </message>
        <message>
            <source>Retrieve progress</source>
            <translation>Abruffortschritt</translation>
        </message>
        <message>
            <source>Retrieve rate</source>
            <translation>Abrufrate</translation>
        </message>
        <message>
            <source>%1 files/s, %2 failed</source>
            <translation>%1 Dateien/s, %2 fehlgeschlagen</translation>
        </message>
        <message>
            <source>Send local study</source>
            <translation>Lokale Untersuchung senden</translation>
        </message>
        <message>
            <source>Send the study selected in the browser to the node</source>
            <translation>Die im Browser ausgewählte Untersuchung an den Knoten senden</translation>
        </message>
        <message>
            <source>Cancel the send</source>
            <translation>Senden abbrechen</translation>
        </message>
        <message>
            <source>Send progress</source>
            <translation>Sendefortschritt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The nodes file could not be read: %1</source>
            <translation>Die Knotendatei konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>No remote nodes are configured; add them to the nodes file.</source>
            <translation>Keine entfernten Knoten konfiguriert; fügen Sie sie der Knotendatei hinzu.</translation>
        </message>
        <message>
            <source>Choose a node first.</source>
            <translation>Wählen Sie zuerst einen Knoten.</translation>
        </message>
        <message>
            <source>C-ECHO</source>
            <translation>C-ECHO</translation>
        </message>
        <message>
            <source>QIDO-RS search</source>
            <translation>QIDO-RS-Suche</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Verbindung zu %1 wird getestet…</translation>
        </message>
        <message>
            <source>Connection to %1 works (%2, %3 ms).</source>
            <translation>Verbindung zu %1 funktioniert (%2, %3 ms).</translation>
        </message>
        <message>
            <source>Connection to %1 failed: %2</source>
            <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Searching %1…</source>
            <translation>%1 wird durchsucht…</translation>
        </message>
        <message>
            <source>1 study found.</source>
            <translation>1 Untersuchung gefunden.</translation>
        </message>
        <message>
            <source>%1 studies found.</source>
            <translation>%1 Untersuchungen gefunden.</translation>
        </message>
        <message>
            <source>Series %1</source>
            <translation>Serie %1</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>#%1</translation>
        </message>
        <message>
            <source>%1 files/s</source>
            <translation>%1 Dateien/s</translation>
        </message>
        <message>
            <source>The retrieve could not start.</source>
            <translation>Der Abruf konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>Retrieving the study…</source>
            <translation>Untersuchung wird abgerufen…</translation>
        </message>
        <message>
            <source>Retrieving the series…</source>
            <translation>Serie wird abgerufen…</translation>
        </message>
        <message>
            <source>The send could not start.</source>
            <translation>Das Senden konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>Sending to %1…</source>
            <translation>Senden an %1…</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PatientContextController</name>
        <message>
            <source>The timeline cannot read the catalog: %1</source>
            <translation>Die Zeitachse kann den Katalog nicht lesen: %1</translation>
        </message>
        <message>
            <source>Timeline: %1</source>
            <translation>Zeitachse: %1</translation>
        </message>
        <message>
            <source>The patient cannot be opened: no study catalog is open.</source>
            <translation>Der Patient kann nicht geöffnet werden: Es ist kein Untersuchungskatalog geöffnet.</translation>
        </message>
        <message>
            <source>Opening patient %1...</source>
            <translation>Patient %1 wird geöffnet...</translation>
        </message>
        <message>
            <source>Asking the PACS for patient %1...</source>
            <translation>PACS wird nach Patient %1 abgefragt...</translation>
        </message>
        <message>
            <source>Patient %1: study opened.</source>
            <translation>Patient %1: Untersuchung geöffnet.</translation>
        </message>
        <message>
            <source>Patient %1: the study is catalogued but none of its files can be opened.</source>
            <translation>Patient %1: Die Untersuchung ist katalogisiert, aber keine ihrer Dateien kann geöffnet werden.</translation>
        </message>
        <message>
            <source>Patient %1: retrieving the study from %2...</source>
            <translation>Patient %1: Untersuchung wird von %2 abgerufen...</translation>
        </message>
        <message>
            <source>No study catalog is open: nothing can be retrieved.</source>
            <translation>Es ist kein Untersuchungskatalog geöffnet: Es kann nichts abgerufen werden.</translation>
        </message>
        <message>
            <source>Retrieving the study from %1...</source>
            <translation>Untersuchung wird von %1 abgerufen...</translation>
        </message>
        <message>
            <source>Retrieving: %1 received, %2 to go, %3 failed</source>
            <translation>Abruf: %1 empfangen, %2 ausstehend, %3 fehlgeschlagen</translation>
        </message>
        <message>
            <source>Retrieving: %1 received, %2 to go</source>
            <translation>Abruf: %1 empfangen, %2 ausstehend</translation>
        </message>
        <message>
            <source>The study is shown while the rest of it arrives.</source>
            <translation>Die Untersuchung wird angezeigt, während der Rest eintrifft.</translation>
        </message>
        <message>
            <source>Study retrieved.</source>
            <translation>Untersuchung abgerufen.</translation>
        </message>
        <message>
            <source>The retrieve stopped: %1</source>
            <translation>Der Abruf wurde angehalten: %1</translation>
        </message>
        <message>
            <source>Retrieve: %1</source>
            <translation>Abruf: %1</translation>
        </message>
        <message>
            <source>The study could not be retrieved: %1</source>
            <translation>Die Untersuchung konnte nicht abgerufen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PdfDocumentView</name>
        <message>
            <source>The PDF cannot be shown</source>
            <translation>Das PDF kann nicht angezeigt werden</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n Seite</numerusform>
                <numerusform>%1 — %n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>PDF-Befund</translation>
        </message>
        <message>
            <source>the encapsulated document is %1, not a PDF</source>
            <translation>das gekapselte Dokument ist %1, kein PDF</translation>
        </message>
        <message>
            <source>of unknown type</source>
            <translation>unbekannten Typs</translation>
        </message>
        <message>
            <source>the PDF cannot be opened (error %1)</source>
            <translation>das PDF kann nicht geöffnet werden (Fehler %1)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PresentationStateOverlay</name>
        <message>
            <source>PR: %1</source>
            <translation>PR: %1</translation>
        </message>
        <message>
            <source>PR: %1 - %2</source>
            <translation>PR: %1 - %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolCommands</name>
        <message>
            <source>Choose the hanging protocol for the studies under PATH.</source>
            <translation>Hanging-Protokoll für die Untersuchungen unter PATH auswählen.</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>JSON statt Text ausgeben.</translation>
        </message>
        <message>
            <source>Also print why: every rule with its result and weight, and the other protocols.</source>
            <translation>Auch die Begründung ausgeben: jede Regel mit Ergebnis und Gewichtung sowie die anderen Protokolle.</translation>
        </message>
        <message>
            <source>Read protocols only from DIR (repeatable) instead of the bundled, site and user folders.</source>
            <translation>Protokolle nur aus DIR lesen (wiederholbar) statt aus den mitgelieferten, Standort- und Benutzerordnern.</translation>
        </message>
        <message>
            <source>DICOM files or folders (searched recursively).</source>
            <translation>DICOM-Dateien oder -Ordner (rekursiv durchsucht).</translation>
        </message>
        <message>
            <source>usage: continuum protocol match PATH... [--json] [--explain] [--protocols DIR]</source>
            <translation>Aufruf: continuum protocol match PATH... [--json] [--explain] [--protocols DIR]</translation>
        </message>
        <message>
            <source>no protocol folder %1</source>
            <translation>kein Protokollordner %1</translation>
        </message>
        <message>
            <source>no hanging protocol could be loaded</source>
            <translation>es konnte kein Hanging-Protokoll geladen werden</translation>
        </message>
        <message>
            <source>no DICOM images found under %1</source>
            <translation>keine DICOM-Bilder unter %1 gefunden</translation>
        </message>
        <message>
            <source>no hanging protocol matches these studies</source>
            <translation>kein Hanging-Protokoll passt zu diesen Untersuchungen</translation>
        </message>
        <message>
            <source>Current study: %1</source>
            <translation>Aktuelle Untersuchung: %1</translation>
        </message>
        <message>
            <source>Prior study:   %1</source>
            <translation>Voruntersuchung:       %1</translation>
        </message>
        <message>
            <source>no hanging protocol matches these studies (%1 protocols tried)</source>
            <translation>kein Hanging-Protokoll passt zu diesen Untersuchungen (%1 Protokolle geprüft)</translation>
        </message>
        <message>
            <source>Protocol:      %1 (%2)</source>
            <translation>Protokoll:             %1 (%2)</translation>
        </message>
        <message>
            <source>Department:    %1</source>
            <translation>Abteilung:             %1</translation>
        </message>
        <message>
            <source>Score:         %1 (priority %2, %3 rules)</source>
            <translation>Bewertung:             %1 (Priorität %2, %3 Regeln)</translation>
        </message>
        <message>
            <source>Stage %1: %2 (%3)</source>
            <translation>Stufe %1: %2 (%3)</translation>
        </message>
        <message>
            <source>  viewport %1: (empty)</source>
            <translation>  Viewport %1: (leer)</translation>
        </message>
        <message>
            <source>  viewport %1: %2 series %3 "%4" %5</source>
            <translation>  Viewport %1: %2 Serie %3 „%4“ %5</translation>
        </message>
        <message>
            <source>current</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>prior</source>
            <translation>Voruntersuchung</translation>
        </message>
        <message>
            <source>  [window %1]</source>
            <translation>  [Fenster %1]</translation>
        </message>
        <message>
            <source>Write a hanging protocol as a DICOM Hanging Protocol instance (PS3.3 A.38).</source>
            <translation>Ein Hanging-Protokoll als DICOM-Hanging-Protocol-Instanz schreiben (PS3.3 A.38).</translation>
        </message>
        <message>
            <source>Leave out Continuum's private block (what the standard cannot say is then lost).</source>
            <translation>Den privaten Block von Continuum weglassen (was der Standard nicht ausdrücken kann, geht dann verloren).</translation>
        </message>
        <message>
            <source>The protocol's id (see `continuum protocol match --explain`).</source>
            <translation>Die ID des Protokolls (siehe `continuum protocol match --explain`).</translation>
        </message>
        <message>
            <source>The DICOM file to write.</source>
            <translation>Die zu schreibende DICOM-Datei.</translation>
        </message>
        <message>
            <source>usage: continuum protocol export ID OUT.dcm [--no-private]</source>
            <translation>Aufruf: continuum protocol export ID OUT.dcm [--no-private]</translation>
        </message>
        <message>
            <source>no hanging protocol with the id "%1"</source>
            <translation>kein Hanging-Protokoll mit der ID „%1“</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, level %3) to %4</source>
            <translation>%1 (%2, Ebene %3) nach %4 geschrieben</translation>
        </message>
        <message>
            <source>Not in the standard attributes (kept in Continuum's private block):</source>
            <translation>Nicht in den Standardattributen (im privaten Block von Continuum aufbewahrt):</translation>
        </message>
        <message>
            <source>Not in the standard attributes (lost without the private block):</source>
            <translation>Nicht in den Standardattributen (ohne den privaten Block verloren):</translation>
        </message>
        <message>
            <source>Read a DICOM Hanging Protocol instance and save it as a user protocol.</source>
            <translation>Eine DICOM-Hanging-Protocol-Instanz lesen und als Benutzerprotokoll speichern.</translation>
        </message>
        <message>
            <source>Save under this id instead of the instance's own.</source>
            <translation>Unter dieser ID statt der eigenen der Instanz speichern.</translation>
        </message>
        <message>
            <source>Replace a user protocol with the same id.</source>
            <translation>Ein Benutzerprotokoll mit derselben ID ersetzen.</translation>
        </message>
        <message>
            <source>The DICOM Hanging Protocol instance.</source>
            <translation>Die DICOM-Hanging-Protocol-Instanz.</translation>
        </message>
        <message>
            <source>usage: continuum protocol import FILE.dcm [--id ID] [--force]</source>
            <translation>Aufruf: continuum protocol import FILE.dcm [--id ID] [--force]</translation>
        </message>
        <message>
            <source>cannot create the user protocol folder %1</source>
            <translation>der Benutzerprotokollordner %1 kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>%1 already exists (use --force to replace it, or --id to choose another id)</source>
            <translation>%1 existiert bereits (mit --force ersetzen oder mit --id eine andere ID wählen)</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 was written but is not the protocol in effect for "%2"</source>
            <translation>%1 wurde geschrieben, ist aber nicht das wirksame Protokoll für „%2“</translation>
        </message>
        <message>
            <source>Imported "%1" as user protocol %2: %3</source>
            <translation>„%1“ als Benutzerprotokoll %2 importiert: %3</translation>
        </message>
        <message>
            <source>It overrides %1</source>
            <translation>Es überschreibt %1</translation>
        </message>
        <message>
            <source>Continuum's private block restored what the standard attributes cannot say.</source>
            <translation>Der private Block von Continuum hat wiederhergestellt, was die Standardattribute nicht ausdrücken können.</translation>
        </message>
        <message>
            <source>not represented: %1</source>
            <translation>nicht abgebildet: %1</translation>
        </message>
        <message>
            <source>usage: continuum protocol match|export|import ...</source>
            <translation>Aufruf: continuum protocol match|export|import ...</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolEditorDialog</name>
        <message>
            <source>Edit hanging protocol</source>
            <translation>Hanging-Protokoll bearbeiten</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Priors</source>
            <translation>Voruntersuchungen</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <source>Validation message</source>
            <translation>Validierungsmeldung</translation>
        </message>
        <message>
            <source>Save as user protocol</source>
            <translation>Als Benutzerprotokoll speichern</translation>
        </message>
        <message>
            <source>Writes the protocol into your user protocol folder: %1</source>
            <translation>Schreibt das Protokoll in Ihren Benutzerprotokollordner: %1</translation>
        </message>
        <message>
            <source>Protocol id</source>
            <translation>Protokoll-ID</translation>
        </message>
        <message>
            <source>Protocol name</source>
            <translation>Protokollname</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Radiology</source>
            <translation>Radiologie</translation>
        </message>
        <message>
            <source>Cardiology</source>
            <translation>Kardiologie</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Onkologie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Breaks equal scores: higher first.</source>
            <translation>Entscheidet bei gleicher Bewertung: höhere zuerst.</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>&amp;Department:</source>
            <translation>Ab&amp;teilung:</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Priorität:</translation>
        </message>
        <message>
            <source>Rules on the current study</source>
            <translation>Regeln für die aktuelle Untersuchung</translation>
        </message>
        <message>
            <source>Rules on the current study (a failing required rule disqualifies the protocol):</source>
            <translation>Regeln für die aktuelle Untersuchung (eine nicht erfüllte Pflichtregel schließt das Protokoll aus):</translation>
        </message>
        <message>
            <source>Number of priors shown</source>
            <translation>Anzahl angezeigter Voruntersuchungen</translation>
        </message>
        <message>
            <source>Minimum number of priors</source>
            <translation>Mindestanzahl an Voruntersuchungen</translation>
        </message>
        <message>
            <source>Which priors</source>
            <translation>Welche Voruntersuchungen</translation>
        </message>
        <message>
            <source>Most recent</source>
            <translation>Neueste</translation>
        </message>
        <message>
            <source>Same modality</source>
            <translation>Gleiche Modalität</translation>
        </message>
        <message>
            <source>Same body part</source>
            <translation>Gleiche Körperregion</translation>
        </message>
        <message>
            <source>Priors &amp;shown:</source>
            <translation>Angezeigte &amp;Voruntersuchungen:</translation>
        </message>
        <message>
            <source>&amp;At least:</source>
            <translation>&amp;Mindestens:</translation>
        </message>
        <message>
            <source>&amp;Chosen by:</source>
            <translation>Ausw&amp;ahl nach:</translation>
        </message>
        <message>
            <source>Rules on each prior</source>
            <translation>Regeln für jede Voruntersuchung</translation>
        </message>
        <message>
            <source>Rules on each prior (a failing required rule skips that prior):</source>
            <translation>Regeln für jede Voruntersuchung (eine nicht erfüllte Pflichtregel überspringt diese Voruntersuchung):</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Stufe hinzufügen</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Stufe entfernen</translation>
        </message>
        <message>
            <source>Stages:</source>
            <translation>Stufen:</translation>
        </message>
        <message>
            <source>Stage name</source>
            <translation>Name der Stufe</translation>
        </message>
        <message>
            <source>Grid rows</source>
            <translation>Rasterzeilen</translation>
        </message>
        <message>
            <source>Grid columns</source>
            <translation>Rasterspalten</translation>
        </message>
        <message>
            <source>Stage &amp;name:</source>
            <translation>Name der &amp;Stufe:</translation>
        </message>
        <message>
            <source>&amp;Rows:</source>
            <translation>&amp;Zeilen:</translation>
        </message>
        <message>
            <source>C&amp;olumns:</source>
            <translation>Spa&amp;lten:</translation>
        </message>
        <message>
            <source>Viewports</source>
            <translation>Viewports</translation>
        </message>
        <message>
            <source>Study shown: 0 current, N prior N</source>
            <translation>Angezeigte Untersuchung: 0 aktuell, N Voruntersuchung N</translation>
        </message>
        <message>
            <source>current</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>prior </source>
            <translation>Voruntersuchung </translation>
        </message>
        <message>
            <source>Preferred orientation</source>
            <translation>Bevorzugte Orientierung</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <source>Axial</source>
            <translation>Axial</translation>
        </message>
        <message>
            <source>Coronal</source>
            <translation>Koronal</translation>
        </message>
        <message>
            <source>Sagittal</source>
            <translation>Sagittal</translation>
        </message>
        <message>
            <source>Reconstruction</source>
            <translation>Rekonstruktion</translation>
        </message>
        <message>
            <source>As acquired</source>
            <translation>Wie akquiriert</translation>
        </message>
        <message>
            <source>MPR</source>
            <translation>MPR</translation>
        </message>
        <message>
            <source>MIP</source>
            <translation>MIP</translation>
        </message>
        <message>
            <source>Volume rendering</source>
            <translation>Volumendarstellung</translation>
        </message>
        <message>
            <source>When no series matches</source>
            <translation>Wenn keine Serie passt</translation>
        </message>
        <message>
            <source>First series not shown yet</source>
            <translation>Erste noch nicht angezeigte Serie</translation>
        </message>
        <message>
            <source>First series</source>
            <translation>Erste Serie</translation>
        </message>
        <message>
            <source>Leave empty</source>
            <translation>Leer lassen</translation>
        </message>
        <message>
            <source>Skip series shown in an earlier viewport</source>
            <translation>Serien überspringen, die in einem früheren Viewport angezeigt werden</translation>
        </message>
        <message>
            <source>Window preset</source>
            <translation>Fenster-Voreinstellung</translation>
        </message>
        <message>
            <source>the file's own window</source>
            <translation>das eigene Fenster der Datei</translation>
        </message>
        <message>
            <source>&amp;Study:</source>
            <translation>&amp;Untersuchung:</translation>
        </message>
        <message>
            <source>Orien&amp;tation:</source>
            <translation>Orien&amp;tierung:</translation>
        </message>
        <message>
            <source>Reconstr&amp;uction:</source>
            <translation>Rek&amp;onstruktion:</translation>
        </message>
        <message>
            <source>&amp;Fallback:</source>
            <translation>&amp;Ersatz:</translation>
        </message>
        <message>
            <source>&amp;Window preset:</source>
            <translation>&amp;Fenster-Voreinstellung:</translation>
        </message>
        <message>
            <source>Series rules of the viewport</source>
            <translation>Serienregeln des Viewports</translation>
        </message>
        <message>
            <source>Viewports:</source>
            <translation>Viewports:</translation>
        </message>
        <message>
            <source>Series rules (weights rank series, required rules filter):</source>
            <translation>Serienregeln (Gewichtungen ordnen Serien, Pflichtregeln filtern):</translation>
        </message>
        <message>
            <source>Stage %1</source>
            <translation>Stufe %1</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>Attribut</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Bedingung</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewichtung</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Pflicht</translation>
        </message>
        <message>
            <source>Attribute: a DICOM keyword (SeriesDescription), a tag ((0008,103E)) or a derived attribute (modalitiesInStudy, bodyPart, orientation...). Value: alternatives separated by \; a range as min..max.</source>
            <translation>Attribut: ein DICOM-Keyword (SeriesDescription), ein Tag ((0008,103E)) oder ein abgeleitetes Attribut (modalitiesInStudy, bodyPart, orientation...). Wert: Alternativen getrennt durch \; ein Bereich als min..max.</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Regel hinzufügen</translation>
        </message>
        <message>
            <source>Add rule to %1</source>
            <translation>Regel zu %1 hinzufügen</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Regel entfernen</translation>
        </message>
        <message>
            <source>Remove rule from %1</source>
            <translation>Regel aus %1 entfernen</translation>
        </message>
        <message>
            <source>Constraint of rule %1</source>
            <translation>Bedingung von Regel %1</translation>
        </message>
        <message>
            <source>unknown attribute "%1"</source>
            <translation>unbekanntes Attribut „%1“</translation>
        </message>
        <message>
            <source>unknown constraint "%1"</source>
            <translation>unbekannte Bedingung „%1“</translation>
        </message>
        <message>
            <source>the weight must be a number, 0 or more</source>
            <translation>die Gewichtung muss eine Zahl ab 0 sein</translation>
        </message>
        <message>
            <source>a range is written min..max (either may be left out)</source>
            <translation>ein Bereich wird als min..max geschrieben (beide Grenzen sind optional)</translation>
        </message>
        <message>
            <source>"%1" is not a range of numbers</source>
            <translation>„%1“ ist kein Zahlenbereich</translation>
        </message>
        <message>
            <source>invalid regular expression: %1</source>
            <translation>ungültiger regulärer Ausdruck: %1</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leer</translation>
        </message>
        <message>
            <source>a value is needed</source>
            <translation>ein Wert ist erforderlich</translation>
        </message>
        <message>
            <source>Viewport %1 (row %2, column %3)</source>
            <translation>Viewport %1 (Zeile %2, Spalte %3)</translation>
        </message>
        <message>
            <source>Viewport %1</source>
            <translation>Viewport %1</translation>
        </message>
        <message>
            <source>%1, rule %2: %3</source>
            <translation>%1, Regel %2: %3</translation>
        </message>
        <message>
            <source>The id may only hold letters, digits, '.', '_' and '-' (and not be empty).</source>
            <translation>Die ID darf nur Buchstaben, Ziffern, '.', '_' und '-' enthalten (und nicht leer sein).</translation>
        </message>
        <message>
            <source>The protocol needs a name.</source>
            <translation>Das Protokoll benötigt einen Namen.</translation>
        </message>
        <message>
            <source>At least %1 priors are required but only %2 are shown.</source>
            <translation>Mindestens %1 Voruntersuchungen sind erforderlich, aber nur %2 werden angezeigt.</translation>
        </message>
        <message>
            <source>Study rules</source>
            <translation>Untersuchungsregeln</translation>
        </message>
        <message>
            <source>Prior rules</source>
            <translation>Regeln für Voruntersuchungen</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2</source>
            <translation>Stufe %1 Viewport %2</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2, rule %3: %4</source>
            <translation>Stufe %1 Viewport %2, Regel %3: %4</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2 shows prior %3, but only %4 priors are shown.</source>
            <translation>Stufe %1 Viewport %2 zeigt Voruntersuchung %3, aber nur %4 Voruntersuchungen werden angezeigt.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Not saved: the user protocol folder %1 cannot be created.</source>
            <translation>Nicht gespeichert: Der Benutzerprotokollordner %1 kann nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Not saved: cannot write %1 (%2).</source>
            <translation>Nicht gespeichert: %1 kann nicht geschrieben werden (%2).</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolLayoutController</name>
        <message>
            <source>date unknown</source>
            <translation>Datum unbekannt</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Prior %1</source>
            <translation>Voruntersuchung %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>No hanging protocol matches these studies.</source>
            <translation>Kein Hanging-Protokoll passt zu diesen Untersuchungen.</translation>
        </message>
        <message>
            <source>%1: %2 (+%3)</source>
            <translation>%1: %2 (+%3)</translation>
        </message>
        <message>
            <source>%1 (%2), score %3; stage %4/%5 "%6"; protocol %7 of %8</source>
            <translation>%1 (%2), Bewertung %3; Stufe %4/%5 „%6“; Protokoll %7 von %8</translation>
        </message>
        <message>
            <source>Matched: no weighted rule, lowest-priority fallback.</source>
            <translation>Zugeordnet: keine gewichtete Regel, Ersatz mit niedrigster Priorität.</translation>
        </message>
        <message>
            <source>Matched: %1.</source>
            <translation>Zugeordnet: %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolLayoutView</name>
        <message>
            <source>Sync scrolling</source>
            <translation>Synchrones Blättern</translation>
        </message>
        <message>
            <source>Scrolling one viewport moves the others of the same study and frame of reference to the same position</source>
            <translation>Blättern in einem Viewport bewegt die anderen derselben Untersuchung und desselben Frame of Reference an dieselbe Position</translation>
        </message>
        <message>
            <source>Reference lines</source>
            <translation>Referenzlinien</translation>
        </message>
        <message>
            <source>Show the active viewport's slice on the other viewports of the same study and frame of reference</source>
            <translation>Die Schicht des aktiven Viewports in den anderen Viewports derselben Untersuchung und desselben Frame of Reference anzeigen</translation>
        </message>
        <message>
            <source>No matching series</source>
            <translation>Keine passende Serie</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Keys: "." / "," next/previous stage; Ctrl+"." / Ctrl+"," next/previous protocol.</source>
            <translation>Tasten: "." / "," nächste/vorherige Stufe; Ctrl+"." / Ctrl+"," nächstes/vorheriges Protokoll.</translation>
        </message>
        <message>
            <source>cannot show this image: %1</source>
            <translation>dieses Bild kann nicht angezeigt werden: %1</translation>
        </message>
        <message>
            <source>This series cannot be shown:
%1</source>
            <translation>Diese Serie kann nicht angezeigt werden:
%1</translation>
        </message>
        <message>
            <source>no "%1" window for %2: the images' own window</source>
            <translation>kein Fenster „%1“ für %2: das eigene Fenster der Bilder</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolSettingsPage</name>
        <message>
            <source>Hanging protocols are read from the bundled folder, then the site folder, then your own folder; a protocol with the same id as an earlier one replaces it. Leave a field empty for the standard folder.</source>
            <translation>Hanging-Protokolle werden aus dem mitgelieferten Ordner, dann dem Standortordner, dann Ihrem eigenen Ordner gelesen; ein Protokoll mit derselben ID wie ein früheres ersetzt dieses. Lassen Sie ein Feld leer für den Standardordner.</translation>
        </message>
        <message>
            <source>&amp;Site folder:</source>
            <translation>&amp;Standortordner:</translation>
        </message>
        <message>
            <source>Site protocol folder</source>
            <translation>Protokollordner des Standorts</translation>
        </message>
        <message>
            <source>&amp;Your folder:</source>
            <translation>&amp;Ihr Ordner:</translation>
        </message>
        <message>
            <source>Your protocol folder</source>
            <translation>Ihr Protokollordner</translation>
        </message>
        <message>
            <source>Bundled protocols: %1</source>
            <translation>Mitgelieferte Protokolle: %1</translation>
        </message>
        <message>
            <source>New folders take effect at the next start of the viewer.</source>
            <translation>Neue Ordner werden beim nächsten Start des Viewers wirksam.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Wählen...</translation>
        </message>
        <message>
            <source>Choose the %1</source>
            <translation>%1 wählen</translation>
        </message>
        <message>
            <source>This run uses %1 from the environment variable %2 instead.</source>
            <translation>Dieser Lauf verwendet stattdessen %1 aus der Umgebungsvariablen %2.</translation>
        </message>
        <message>
            <source>Site protocol folder: %1</source>
            <translation>Protokollordner des Standorts: %1</translation>
        </message>
        <message>
            <source>Your protocol folder: %1</source>
            <translation>Ihr Protokollordner: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RadiologyWorklistView</name>
        <message>
            <source>Radiology worklist</source>
            <translation>Radiologische Arbeitsliste</translation>
        </message>
        <message>
            <source>Worklist preset</source>
            <translation>Arbeitslisten-Voreinstellung</translation>
        </message>
        <message>
            <source>Saved filters: the bundled ones and yours</source>
            <translation>Gespeicherte Filter: die mitgelieferten und Ihre eigenen</translation>
        </message>
        <message>
            <source>Save preset…</source>
            <translation>Voreinstellung speichern…</translation>
        </message>
        <message>
            <source>Save the current filter as a preset</source>
            <translation>Aktuellen Filter als Voreinstellung speichern</translation>
        </message>
        <message>
            <source>Delete preset</source>
            <translation>Voreinstellung löschen</translation>
        </message>
        <message>
            <source>Delete the selected preset</source>
            <translation>Ausgewählte Voreinstellung löschen</translation>
        </message>
        <message>
            <source>Patient, ID, accession, description</source>
            <translation>Patient, ID, Accession Number, Beschreibung</translation>
        </message>
        <message>
            <source>Search the worklist</source>
            <translation>Arbeitsliste durchsuchen</translation>
        </message>
        <message>
            <source>Reading status filter</source>
            <translation>Filter Befundungsstatus</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Unbefundet</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Befundung</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Befundet</translation>
        </message>
        <message>
            <source>Priority filter</source>
            <translation>Filter Priorität</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>Jede Priorität</translation>
        </message>
        <message>
            <source>STAT</source>
            <translation>Notfall</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Modality (CT, MR…)</source>
            <translation>Modalität (CT, MR…)</translation>
        </message>
        <message>
            <source>Modality filter</source>
            <translation>Filter Modalität</translation>
        </message>
        <message>
            <source>Date range filter</source>
            <translation>Filter Zeitraum</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Jedes Datum</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Since yesterday</source>
            <translation>Seit gestern</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>Zeitraum…</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Von Datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <source>Location filter</source>
            <translation>Filter Speicherort</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>On PACS only</source>
            <translation>Nur im PACS</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Studies to read</source>
            <translation>Zu befundende Untersuchungen</translation>
        </message>
        <message>
            <source>Mark unread</source>
            <translation>Als unbefundet markieren</translation>
        </message>
        <message>
            <source>Mark in progress</source>
            <translation>Als in Befundung markieren</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Als befundet markieren</translation>
        </message>
        <message>
            <source>Mark the selected study unread</source>
            <translation>Ausgewählte Untersuchung als unbefundet markieren</translation>
        </message>
        <message>
            <source>Mark the selected study in progress</source>
            <translation>Ausgewählte Untersuchung als in Befundung markieren</translation>
        </message>
        <message>
            <source>Mark the selected study read</source>
            <translation>Ausgewählte Untersuchung als befundet markieren</translation>
        </message>
        <message>
            <source>Priority of the selected study</source>
            <translation>Priorität der ausgewählten Untersuchung</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Reload the worklist</source>
            <translation>Arbeitsliste neu laden</translation>
        </message>
        <message>
            <source>Studies shown</source>
            <translation>Angezeigte Untersuchungen</translation>
        </message>
        <message>
            <source>Reading user</source>
            <translation>Befundender Benutzer</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>Benutzer wechseln…</translation>
        </message>
        <message>
            <source>Switch the reading user</source>
            <translation>Befundenden Benutzer wechseln</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priorität:</translation>
        </message>
        <message>
            <source>Worklist messages</source>
            <translation>Meldungen der Arbeitsliste</translation>
        </message>
        <message>
            <source>Some worklist presets could not be read: %1</source>
            <translation>Einige Arbeitslisten-Voreinstellungen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Benutzer: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 of %2 studies</source>
            <translation>%1 von %2 Untersuchungen</translation>
        </message>
        <message>
            <source>The study is scheduled but has no images yet.</source>
            <translation>Die Untersuchung ist geplant, hat aber noch keine Bilder.</translation>
        </message>
        <message>
            <source>No unread study left in this list.</source>
            <translation>Keine unbefundete Untersuchung mehr in dieser Liste.</translation>
        </message>
        <message>
            <source>Preset "%1" saved in %2.</source>
            <translation>Voreinstellung „%1“ in %2 gespeichert.</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Voreinstellung speichern</translation>
        </message>
        <message>
            <source>Name of the preset:</source>
            <translation>Name der Voreinstellung:</translation>
        </message>
        <message>
            <source>Preset "%1" deleted.</source>
            <translation>Voreinstellung „%1“ gelöscht.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReadingController</name>
        <message>
            <source>Presentation state applied: %1</source>
            <translation>Presentation State angewendet: %1</translation>
        </message>
        <message>
            <source>Presentation states are not applied.</source>
            <translation>Presentation States werden nicht angewendet.</translation>
        </message>
        <message>
            <source>Open an image first: key images are flagged on the frame shown.</source>
            <translation>Öffnen Sie zuerst ein Bild: Schlüsselbilder werden auf dem angezeigten Frame markiert.</translation>
        </message>
        <message numerus="yes">
            <source>Key image flagged (%n key image(s) in this study).</source>
            <translation>
                <numerusform>Schlüsselbild markiert (%n Schlüsselbild in dieser Untersuchung).</numerusform>
                <numerusform>Schlüsselbild markiert (%n Schlüsselbilder in dieser Untersuchung).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Key image unflagged (%n key image(s) in this study).</source>
            <translation>
                <numerusform>Schlüsselbild-Markierung entfernt (%n Schlüsselbild in dieser Untersuchung).</numerusform>
                <numerusform>Schlüsselbild-Markierung entfernt (%n Schlüsselbilder in dieser Untersuchung).</numerusform>
            </translation>
        </message>
        <message>
            <source>Key images not exported: %1</source>
            <translation>Schlüsselbilder nicht exportiert: %1</translation>
        </message>
        <message>
            <source>Key Object Selection written to %1</source>
            <translation>Key Object Selection nach %1 geschrieben</translation>
        </message>
        <message>
            <source>Presentation state not exported: no series is shown.</source>
            <translation>Presentation State nicht exportiert: Es wird keine Serie angezeigt.</translation>
        </message>
        <message>
            <source>Presentation state not exported: %1</source>
            <translation>Presentation State nicht exportiert: %1</translation>
        </message>
        <message>
            <source>Presentation state written to %1</source>
            <translation>Presentation State nach %1 geschrieben</translation>
        </message>
        <message>
            <source>Study marked read by %1.</source>
            <translation>Untersuchung von %1 als befundet markiert.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReadingSession</name>
        <message>
            <source>A saved measurement cannot be read: %1</source>
            <translation>Eine gespeicherte Messung kann nicht gelesen werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>This study has %n other saved measurement set(s) (by %1); only the first is shown.</source>
            <translation>
                <numerusform>Diese Untersuchung hat %n weiteren gespeicherten Messungssatz (von %1); nur der erste wird angezeigt.</numerusform>
                <numerusform>Diese Untersuchung hat %n weitere gespeicherte Messungssätze (von %1); nur der erste wird angezeigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Presentation state %1 cannot be read: %2</source>
            <translation>Presentation State %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Not saved: %1 Reopen the study to see their version.</source>
            <translation>Nicht gespeichert: %1 Öffnen Sie die Untersuchung erneut, um deren Version zu sehen.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>the image %1 is not among the images open</source>
            <translation>das Bild %1 ist nicht unter den geöffneten Bildern</translation>
        </message>
        <message>
            <source>the catalog did not take the file</source>
            <translation>der Katalog hat die Datei nicht übernommen</translation>
        </message>
        <message>
            <source>no image is flagged as key image</source>
            <translation>kein Bild ist als Schlüsselbild markiert</translation>
        </message>
        <message>
            <source>the folder %1 cannot be created</source>
            <translation>der Ordner %1 kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Schlüsselbilder</translation>
        </message>
        <message>
            <source>written to %1 but not catalogued: %2</source>
            <translation>nach %1 geschrieben, aber nicht katalogisiert: %2</translation>
        </message>
        <message>
            <source>no series is shown</source>
            <translation>es wird keine Serie angezeigt</translation>
        </message>
        <message>
            <source>Measurements and display by %1</source>
            <translation>Messungen und Darstellung von %1</translation>
        </message>
        <message>
            <source>Window on screen</source>
            <translation>Fenster auf dem Bildschirm</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Messungen</translation>
        </message>
        <message>
            <source>Presentation state</source>
            <translation>Presentation State</translation>
        </message>
        <message>
            <source>This study is not in the study catalog: open it from the study list to mark it read.</source>
            <translation>Diese Untersuchung ist nicht im Untersuchungskatalog: Öffnen Sie sie aus der Untersuchungsliste, um sie als befundet zu markieren.</translation>
        </message>
        <message>
            <source>Not marked read: %1</source>
            <translation>Nicht als befundet markiert: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReceiverController</name>
        <message>
            <source>Not receiving studies sent to %1: the catalog is read-only.</source>
            <translation>An %1 gesendete Studien werden nicht empfangen: der Katalog ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Not receiving studies sent to %1 on port %2: %3</source>
            <translation>An %1 auf Port %2 gesendete Studien werden nicht empfangen: %3</translation>
        </message>
        <message>
            <source>Receiving as %1 on port %2 (DICOM TLS)</source>
            <translation>Empfang als %1 auf Port %2 (DICOM TLS)</translation>
        </message>
        <message>
            <source>Receiving as %1 on port %2</source>
            <translation>Empfang als %1 auf Port %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RecistChartView</name>
        <message>
            <source>Lesion diameters and sum over time</source>
            <translation>Läsionsdurchmesser und Summe im Zeitverlauf</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Untersuchungsdatum</translation>
        </message>
        <message>
            <source>Diameter (mm)</source>
            <translation>Durchmesser (mm)</translation>
        </message>
        <message>
            <source>Sum of target diameters</source>
            <translation>Summe der Zieldurchmesser</translation>
        </message>
        <message>
            <source>Overall %1</source>
            <translation>Gesamt %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RemoteArchive</name>
        <message>
            <source>The request could not be made.</source>
            <translation>Die Anfrage konnte nicht gestellt werden.</translation>
        </message>
        <message>
            <source>The archive's host name is unknown.</source>
            <translation>Der Hostname des Archivs ist unbekannt.</translation>
        </message>
        <message>
            <source>The archive refused the connection (nothing listens on that port).</source>
            <translation>Das Archiv hat die Verbindung abgelehnt (auf diesem Port lauscht nichts).</translation>
        </message>
        <message>
            <source>The archive's host is unreachable.</source>
            <translation>Der Host des Archivs ist nicht erreichbar.</translation>
        </message>
        <message>
            <source>The archive timed out.</source>
            <translation>Zeitüberschreitung beim Archiv.</translation>
        </message>
        <message>
            <source>The archive rejected us (unknown AE title or not allowed).</source>
            <translation>Das Archiv hat uns abgewiesen (unbekannter AE-Titel oder nicht zugelassen).</translation>
        </message>
        <message>
            <source>The archive does not offer this service.</source>
            <translation>Das Archiv bietet diesen Dienst nicht an.</translation>
        </message>
        <message>
            <source>The connection to the archive was lost.</source>
            <translation>Die Verbindung zum Archiv wurde unterbrochen.</translation>
        </message>
        <message>
            <source>The archive reported a failure.</source>
            <translation>Das Archiv hat einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>The files could not be stored here (disk full or not writable).</source>
            <translation>Die Dateien konnten hier nicht gespeichert werden (Datenträger voll oder nicht beschreibbar).</translation>
        </message>
        <message>
            <source>Our DICOM port is already in use.</source>
            <translation>Unser DICOM-Port wird bereits verwendet.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>The archive refused the credentials.</source>
            <translation>Das Archiv hat die Anmeldedaten abgelehnt.</translation>
        </message>
        <message>
            <source>The archive's certificate was not trusted.</source>
            <translation>Dem Zertifikat des Archivs wurde nicht vertraut.</translation>
        </message>
        <message>
            <source>The secure (TLS) connection failed.</source>
            <translation>Die sichere (TLS-)Verbindung ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Password needed for node %1 (user "%2"): none is saved for it in this session or the desktop keyring.</source>
            <translation>Passwort für Knoten %1 erforderlich (Benutzer „%2“): Weder in dieser Sitzung noch im Schlüsselbund des Desktops ist eines gespeichert.</translation>
        </message>
        <message>
            <source>Token needed for node %1: none is saved for it in this session or the desktop keyring.</source>
            <translation>Token für Knoten %1 erforderlich: Weder in dieser Sitzung noch im Schlüsselbund des Desktops ist eines gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RetrieveJob</name>
        <message>
            <source>The retrieve from %1 was cancelled.</source>
            <translation>Der Abruf von %1 wurde abgebrochen.</translation>
        </message>
        <message>
            <source>%1 holds no instances of this study.</source>
            <translation>%1 enthält keine Instanzen dieser Untersuchung.</translation>
        </message>
        <message>
            <source>Not enough disk space to retrieve %1 instances (about %2 MB); nothing was fetched. %3</source>
            <translation>Nicht genügend Speicherplatz, um %1 Instanzen abzurufen (etwa %2 MB); es wurde nichts geholt. %3</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
        </message>
        <message>
            <source>The retrieved instances could not be catalogued.</source>
            <translation>Die abgerufenen Instanzen konnten nicht katalogisiert werden.</translation>
        </message>
        <message>
            <source>%1 instances listed by %2 did not arrive or could not be catalogued.</source>
            <translation>%1 von %2 gelistete Instanzen sind nicht eingetroffen oder konnten nicht katalogisiert werden.</translation>
        </message>
        <message>
            <source>Everything %1 holds of this study is already here (%2 instances).</source>
            <translation>Alles, was %1 von dieser Untersuchung enthält, ist bereits hier (%2 Instanzen).</translation>
        </message>
        <message numerus="yes">
            <source>Retrieved %n instance(s) from %1; %2 already here.</source>
            <translation>
                <numerusform>%n Instanz von %1 abgerufen; %2 bereits hier.</numerusform>
                <numerusform>%n Instanzen von %1 abgerufen; %2 bereits hier.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SecuritySettingsPage</name>
        <message>
            <source>Idle lock</source>
            <translation>Sperre bei Inaktivität</translation>
        </message>
        <message>
            <source>Minutes without input before the viewer locks, 0 for never</source>
            <translation>Minuten ohne Eingabe, bevor der Viewer sperrt, 0 für nie</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>&amp;Lock after no input for:</source>
            <translation>&amp;Sperren nach Inaktivität von:</translation>
        </message>
        <message>
            <source>When nobody touches the keyboard, mouse or screen for this long, the viewer hides patient data, pauses cine loops and shows who was reading. Continuing, or switching to another user, is recorded in the audit log. This is a privacy lock, not a login: it checks no password, so lock the computer too when you leave it. The default is %1 minutes; 0 turns the lock off.</source>
            <translation>Wenn niemand Tastatur, Maus oder Bildschirm so lange berührt, blendet der Viewer Patientendaten aus, pausiert Cine-Loops und zeigt an, wer befundet hat. Das Fortfahren oder der Wechsel zu einem anderen Benutzer wird im Audit-Protokoll erfasst. Dies ist eine Sichtschutzsperre, keine Anmeldung: Sie prüft kein Passwort, sperren Sie daher auch den Computer, wenn Sie ihn verlassen. Der Standard ist %1 Minuten; 0 schaltet die Sperre ab.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit-Protokoll</translation>
        </message>
        <message>
            <source>Every study opened, imported, exported, sent, retrieved or deleted, and every change of user, is recorded in the catalog's audit log. A copy of each event can also go to a syslog server (IHE ATNA audit record repository).</source>
            <translation>Jede geöffnete, importierte, exportierte, gesendete, abgerufene oder gelöschte Untersuchung sowie jeder Benutzerwechsel wird im Audit-Protokoll des Katalogs erfasst. Eine Kopie jedes Ereignisses kann zusätzlich an einen Syslog-Server gehen (IHE ATNA Audit Record Repository).</translation>
        </message>
        <message>
            <source>Syslog destination of the audit log</source>
            <translation>Syslog-Ziel des Audit-Protokolls</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <source>Send to &amp;syslog:</source>
            <translation>An &amp;Syslog senden:</translation>
        </message>
        <message>
            <source>Send t&amp;est message</source>
            <translation>T&amp;estnachricht senden</translation>
        </message>
        <message>
            <source>Send a test message, naming no patient, to the syslog destination</source>
            <translation>Eine Testnachricht ohne Patientenbezug an das Syslog-Ziel senden</translation>
        </message>
        <message>
            <source>Empty: no syslog. "local": this computer's syslog (/dev/log). udp://host:port or tcp://host:port: an audit record repository, for example udp://arr.example.org:514 (port 514 when left out). A new destination applies when the settings are stored. Patient names and IDs go into these messages as DICOM audit messages require: send them only to a server of your institution.</source>
            <translation>Leer: kein Syslog. "local": das Syslog dieses Computers (/dev/log). udp://host:port oder tcp://host:port: ein Audit Record Repository, zum Beispiel udp://arr.example.org:514 (Port 514, wenn weggelassen). Ein neues Ziel gilt, sobald die Einstellungen gespeichert sind. Patientennamen und -IDs gehen in diese Nachrichten ein, wie es DICOM-Audit-Nachrichten verlangen: Senden Sie sie nur an einen Server Ihrer Einrichtung.</translation>
        </message>
        <message>
            <source>Sending a test message to %1…</source>
            <translation>Testnachricht wird an %1 gesendet…</translation>
        </message>
        <message>
            <source>The test message could not be sent to %1: %2</source>
            <translation>Die Testnachricht konnte nicht an %1 gesendet werden: %2</translation>
        </message>
        <message>
            <source>Test message sent to %1. UDP does not confirm delivery: check that the server received it.</source>
            <translation>Testnachricht an %1 gesendet. UDP bestätigt die Zustellung nicht: Prüfen Sie, ob der Server sie empfangen hat.</translation>
        </message>
        <message>
            <source>Test message delivered to %1.</source>
            <translation>Testnachricht an %1 zugestellt.</translation>
        </message>
        <message>
            <source>Syslog: %1</source>
            <translation>Syslog: %1</translation>
        </message>
        <message>
            <source>Idle lock: %1</source>
            <translation>Sperre bei Inaktivität: %1</translation>
        </message>
        <message>
            <source>Audit events stay in the catalog only.</source>
            <translation>Audit-Ereignisse bleiben nur im Katalog.</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Ungültig: %1</translation>
        </message>
        <message>
            <source>Audit events also go to this computer's syslog.</source>
            <translation>Audit-Ereignisse gehen auch an das Syslog dieses Computers.</translation>
        </message>
        <message>
            <source>Audit events also go to %1, port %2, over %3.</source>
            <translation>Audit-Ereignisse gehen auch an %1, Port %2, über %3.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SendJob</name>
        <message>
            <source>None of the %1 instances has its file on this computer.</source>
            <translation>Keine der %1 Instanzen hat ihre Datei auf diesem Computer.</translation>
        </message>
        <message>
            <source>The study has no instances to send.</source>
            <translation>Die Untersuchung hat keine Instanzen zum Senden.</translation>
        </message>
        <message>
            <source>The send was cancelled.</source>
            <translation>Das Senden wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Sent %1 instances; %2 were not sent because their files are missing on this computer.</source>
            <translation>%1 Instanzen gesendet; %2 wurden nicht gesendet, da ihre Dateien auf diesem Computer fehlen.</translation>
        </message>
        <message>
            <source>Sent %1 instances to %2.</source>
            <translation>%1 Instanzen an %2 gesendet.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SeriesViewController</name>
        <message>
            <source>ID %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <source>Born %1  Sex %2</source>
            <translation>Geb. %1  Geschl. %2</translation>
        </message>
        <message>
            <source>Study %1</source>
            <translation>Untersuchung %1</translation>
        </message>
        <message>
            <source>Frame %1/%2</source>
            <translation>Frame %1/%2</translation>
        </message>
        <message>
            <source>Slice %1/%2</source>
            <translation>Schicht %1/%2</translation>
        </message>
        <message>
            <source>Position %1 mm</source>
            <translation>Position %1 mm</translation>
        </message>
        <message>
            <source>Thickness %1 mm</source>
            <translation>Schichtdicke %1 mm</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm</source>
            <translation>Pixel %1 x %2 mm</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm at detector</source>
            <translation>Pixel %1 x %2 mm am Detektor</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm (US region)</source>
            <translation>Pixel %1 x %2 mm (US-Region)</translation>
        </message>
        <message>
            <source>No calibration: pixels only</source>
            <translation>Keine Kalibrierung: nur Pixel</translation>
        </message>
        <message>
            <source>VOI LUT</source>
            <translation>VOI LUT</translation>
        </message>
        <message>
            <source>W %1  L %2</source>
            <translation>W %1  L %2</translation>
        </message>
        <message>
            <source>Zoom %1%</source>
            <translation>Zoom %1%</translation>
        </message>
        <message>
            <source>Rotated %1°</source>
            <translation>Gedreht %1°</translation>
        </message>
        <message>
            <source>Flipped</source>
            <translation>Gespiegelt</translation>
        </message>
        <message>
            <source>Inverted</source>
            <translation>Invertiert</translation>
        </message>
        <message>
            <source>LOSSY</source>
            <translation>VERLUSTBEHAFTET</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <source>&amp;PACS nodes</source>
            <translation>&amp;PACS-Knoten</translation>
        </message>
        <message>
            <source>C&amp;atalog</source>
            <translation>&amp;Katalog</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Design</translation>
        </message>
        <message>
            <source>P&amp;rotocols</source>
            <translation>Pr&amp;otokolle</translation>
        </message>
        <message>
            <source>C&amp;ine</source>
            <translation>&amp;Cine</translation>
        </message>
        <message>
            <source>&amp;Storage</source>
            <translation>Speic&amp;her</translation>
        </message>
        <message>
            <source>Sec&amp;urity</source>
            <translation>Sicherhei&amp;t</translation>
        </message>
        <message>
            <source>Store the settings and close</source>
            <translation>Einstellungen speichern und schließen</translation>
        </message>
        <message>
            <source>Store the settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Close without storing the settings</source>
            <translation>Schließen, ohne die Einstellungen zu speichern</translation>
        </message>
        <message>
            <source>Settings stored in %1.</source>
            <translation>Einstellungen in %1 gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SharedCatalogMonitor</name>
        <message>
            <source>Shared catalog state</source>
            <translation>Status des gemeinsamen Katalogs</translation>
        </message>
        <message>
            <source>Not sent after the outage: %1</source>
            <translation>Nach dem Ausfall nicht gesendet: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made while offline were saved to the shared catalog.</source>
            <translation>
                <numerusform>%n offline vorgenommene Änderung wurde im gemeinsamen Katalog gespeichert.</numerusform>
                <numerusform>%n offline vorgenommene Änderungen wurden im gemeinsamen Katalog gespeichert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made while offline conflict with another workstation's: see Warnings.</source>
            <translation>
                <numerusform>%n offline vorgenommene Änderung steht im Konflikt mit der einer anderen Workstation: siehe Warnungen.</numerusform>
                <numerusform>%n offline vorgenommene Änderungen stehen im Konflikt mit denen einer anderen Workstation: siehe Warnungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Shared catalog: %1</source>
            <translation>Gemeinsamer Katalog: %1</translation>
        </message>
        <message>
            <source>Shared catalog OFFLINE: showing what was loaded; measurements are kept and sent later</source>
            <translation>Gemeinsamer Katalog OFFLINE: Anzeige des Geladenen; Messungen werden aufbewahrt und später gesendet</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StorageSettingsPage</name>
        <message>
            <source>Managed store</source>
            <translation>Verwalteter Speicher</translation>
        </message>
        <message>
            <source>Copies of studies retrieved from a PACS, received, or copied from media are kept in the managed store.</source>
            <translation>Kopien von Untersuchungen, die aus einem PACS abgerufen, empfangen oder von Datenträgern kopiert wurden, werden im verwalteten Speicher aufbewahrt.</translation>
        </message>
        <message>
            <source>Largest size of the managed store in gibibytes, 0 for no limit</source>
            <translation>Maximale Größe des verwalteten Speichers in Gibibyte, 0 für unbegrenzt</translation>
        </message>
        <message>
            <source> GiB</source>
            <translation> GiB</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>Largest &amp;size:</source>
            <translation>Maximale &amp;Größe:</translation>
        </message>
        <message>
            <source>Days after the last opening when a study may leave the store, 0 for no limit</source>
            <translation>Tage nach dem letzten Öffnen, nach denen eine Untersuchung den Speicher verlassen darf, 0 für unbegrenzt</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Remove after &amp;unused for:</source>
            <translation>Entfernen nach &amp;Nichtnutzung von:</translation>
        </message>
        <message>
            <source>Above the size, or once a study has not been opened for that many days, the viewer removes copies it can retrieve again from an archive, least recently used first. Copies from media or folders, objects created here and not yet sent, and files opened where they are stay untouched. 0 means no limit.</source>
            <translation>Oberhalb der Größe oder sobald eine Untersuchung so viele Tage nicht geöffnet wurde, entfernt der Viewer Kopien, die er erneut aus einem Archiv abrufen kann, die am längsten ungenutzten zuerst. Kopien von Datenträgern oder aus Ordnern, hier erstellte und noch nicht gesendete Objekte sowie an ihrem Ort geöffnete Dateien bleiben unberührt. 0 bedeutet unbegrenzt.</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Arbeitsspeicher</translation>
        </message>
        <message>
            <source> MiB</source>
            <translation> MiB</translation>
        </message>
        <message>
            <source>Automatic (%1 MiB)</source>
            <translation>Automatisch (%1 MiB)</translation>
        </message>
        <message>
            <source>Memory budget for decoded images in mebibytes, 0 for automatic</source>
            <translation>Speicherbudget für dekodierte Bilder in Mebibyte, 0 für automatisch</translation>
        </message>
        <message>
            <source>Image &amp;memory budget:</source>
            <translation>Bild&amp;speicherbudget:</translation>
        </message>
        <message>
            <source>Decoded images of all open studies share this memory; beyond it, the images used least recently are released and decoded again when needed. 0 = automatic (a quarter of physical memory: %1 MiB of %2 MiB). Otherwise at least %3 MiB.</source>
            <translation>Dekodierte Bilder aller geöffneten Untersuchungen teilen sich diesen Speicher; darüber hinaus werden die am längsten nicht verwendeten Bilder freigegeben und bei Bedarf erneut dekodiert. 0 = automatisch (ein Viertel des physischen Speichers: %1 MiB von %2 MiB). Andernfalls mindestens %3 MiB.</translation>
        </message>
        <message>
            <source>Store folder: %1</source>
            <translation>Speicherordner: %1</translation>
        </message>
        <message>
            <source>Measuring what the store holds…</source>
            <translation>Inhalt des Speichers wird ermittelt…</translation>
        </message>
        <message>
            <source>The store is empty (the folder is created with the first copy).</source>
            <translation>Der Speicher ist leer (der Ordner wird mit der ersten Kopie erstellt).</translation>
        </message>
        <message numerus="yes">
            <source>It holds %1 in %n file(s).</source>
            <translation>
                <numerusform>Er enthält %1 in %n Datei.</numerusform>
                <numerusform>Er enthält %1 in %n Dateien.</numerusform>
            </translation>
        </message>
        <message>
            <source>Memory budget: %1</source>
            <translation>Speicherbudget: %1</translation>
        </message>
        <message>
            <source>Managed store: %1</source>
            <translation>Verwalteter Speicher: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StoreCommands</name>
        <message>
            <source>The managed store: its size, and evicting studies that can be retrieved again.</source>
            <translation>Der verwaltete Speicher: seine Größe und das Entfernen von Untersuchungen, die erneut abgerufen werden können.</translation>
        </message>
        <message>
            <source>Catalog database file or postgresql:// URL.</source>
            <translation>Katalogdatenbankdatei oder postgresql://-URL.</translation>
        </message>
        <message>
            <source>Size limit in GiB (default: the setting store/maxSizeGiB; 0 = none).</source>
            <translation>Größenlimit in GiB (Standard: die Einstellung store/maxSizeGiB; 0 = keines).</translation>
        </message>
        <message>
            <source>Evict studies not used for N days (default: store/maxAgeDays; 0 = none).</source>
            <translation>Untersuchungen entfernen, die N Tage nicht verwendet wurden (Standard: store/maxAgeDays; 0 = keines).</translation>
        </message>
        <message>
            <source>Say what would be evicted; delete nothing.</source>
            <translation>Anzeigen, was entfernt würde; nichts löschen.</translation>
        </message>
        <message>
            <source>Managed store folder (default: the catalog's).</source>
            <translation>Ordner des verwalteten Speichers (Standard: der des Katalogs).</translation>
        </message>
        <message>
            <source>status or prune</source>
            <translation>status oder prune</translation>
        </message>
        <message>
            <source>usage: continuum store status|prune [--max-size-gib N] [--max-age-days N] [--dry-run] [--catalog FILE]</source>
            <translation>Aufruf: continuum store status|prune [--max-size-gib N] [--max-age-days N] [--dry-run] [--catalog FILE]</translation>
        </message>
        <message>
            <source>--max-size-gib needs a number of GiB (0 = no limit)</source>
            <translation>--max-size-gib benötigt eine Anzahl GiB (0 = unbegrenzt)</translation>
        </message>
        <message>
            <source>--max-age-days needs a whole number of days (0 = no limit)</source>
            <translation>--max-age-days benötigt eine ganze Anzahl Tage (0 = unbegrenzt)</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>Katalog %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>retrievable again</source>
            <translation>erneut abrufbar</translation>
        </message>
        <message>
            <source>%1 unsent object(s) created here</source>
            <translation>%1 hier erstellte, nicht gesendete Objekt(e)</translation>
        </message>
        <message>
            <source>copied from media, a folder or a push: kept</source>
            <translation>von Datenträger, aus Ordner oder per Push kopiert: behalten</translation>
        </message>
        <message>
            <source>%1 in %2 files of %3 studies in %4; %5 can be evicted; limits: %6, %7</source>
            <translation>%1 in %2 Dateien von %3 Untersuchungen in %4; %5 können entfernt werden; Limits: %6, %7</translation>
        </message>
        <message>
            <source>no size limit</source>
            <translation>kein Größenlimit</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>no age limit</source>
            <translation>kein Alterslimit</translation>
        </message>
        <message>
            <source>no limit is set: give --max-size-gib or --max-age-days, or set them in the settings</source>
            <translation>kein Limit festgelegt: Geben Sie --max-size-gib oder --max-age-days an oder legen Sie sie in den Einstellungen fest</translation>
        </message>
        <message>
            <source>would evict</source>
            <translation>würde entfernen</translation>
        </message>
        <message>
            <source>evicted</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>behalten</translation>
        </message>
        <message>
            <source>%1 %2 (%3 files); the store holds %4 of managed copies%5</source>
            <translation>%1 %2 (%3 Dateien); der Speicher enthält %4 an verwalteten Kopien%5</translation>
        </message>
        <message>
            <source>would free</source>
            <translation>würde freigeben</translation>
        </message>
        <message>
            <source>freed</source>
            <translation>freigegeben</translation>
        </message>
        <message>
            <source>, still over the size limit: the rest is unsent work, open, or copied from media</source>
            <translation>, weiterhin über dem Größenlimit: der Rest ist nicht gesendete Arbeit, geöffnet oder von Datenträgern kopiert</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StructuredReportView</name>
        <message>
            <source>Concept</source>
            <translation>Konzept</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Baum</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>(%1 item %2)</source>
            <translation>(%1 Eintrag %2)</translation>
        </message>
        <message>
            <source>Click to show %1</source>
            <translation>Klicken, um %1 anzuzeigen</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyDocumentsPanel</name>
        <message>
            <source>Report</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>PDF-Befund</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Schlüsselbilder</translation>
        </message>
        <message>
            <source>Presentation state</source>
            <translation>Presentation State</translation>
        </message>
        <message>
            <source>Reports and key objects of the study</source>
            <translation>Befunde und Key Objects der Untersuchung</translation>
        </message>
        <message>
            <source>Referenced images</source>
            <translation>Referenzierte Bilder</translation>
        </message>
        <message>
            <source>No reports or key objects came with this study.</source>
            <translation>Mit dieser Untersuchung kamen keine Befunde oder Key Objects.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Image %1</source>
            <translation>Bild %1</translation>
        </message>
        <message>
            <source>Image %1, frame %2</source>
            <translation>Bild %1, Frame %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n image(s)</source>
            <translation>
                <numerusform>%1: %n Bild</numerusform>
                <numerusform>%1: %n Bilder</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2), %3</source>
            <translation>%1 (%2), %3</translation>
        </message>
        <message numerus="yes">
            <source>%n graphic(s)</source>
            <translation>
                <numerusform>%n Grafik</numerusform>
                <numerusform>%n Grafiken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s)</source>
            <translation>
                <numerusform>%n Text</numerusform>
                <numerusform>%n Texte</numerusform>
            </translation>
        </message>
        <message>
            <source>window/level set</source>
            <translation>Fensterung gesetzt</translation>
        </message>
        <message>
            <source>rotated %1°%2</source>
            <translation>gedreht %1°%2</translation>
        </message>
        <message>
            <source>, flipped</source>
            <translation>, gespiegelt</translation>
        </message>
        <message numerus="yes">
            <source>applies to %n image(s):</source>
            <translation>
                <numerusform>gilt für %n Bild:</numerusform>
                <numerusform>gilt für %n Bilder:</numerusform>
            </translation>
        </message>
        <message>
            <source>This document cannot be shown: %1</source>
            <translation>Dieses Dokument kann nicht angezeigt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyListModel</name>
        <message>
            <source>Unread</source>
            <translation>Unbefundet</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Befundung</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Befundet</translation>
        </message>
        <message numerus="yes">
            <source>%1, incomplete (%n series)</source>
            <translation>
                <numerusform>%1, unvollständig (%n Serie)</numerusform>
                <numerusform>%1, unvollständig (%n Serien)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n series of this study did not finish importing: more files may exist. Importing the same files again completes them.</source>
            <translation>
                <numerusform>%n Serie dieser Untersuchung wurde nicht fertig importiert: Es können weitere Dateien existieren. Ein erneuter Import derselben Dateien vervollständigt sie.</numerusform>
                <numerusform>%n Serien dieser Untersuchung wurden nicht fertig importiert: Es können weitere Dateien existieren. Ein erneuter Import derselben Dateien vervollständigt sie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to sort by this column</source>
            <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>Patienten-ID</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Untersuchungsdatum</translation>
        </message>
        <message>
            <source>Modalities</source>
            <translation>Modalitäten</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>Accession Number</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serien</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyRetrieveQueue</name>
        <message>
            <source>The PACS nodes file cannot be read: %1</source>
            <translation>Die PACS-Knotendatei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The PACS node "%1" is no longer configured.</source>
            <translation>Der PACS-Knoten „%1“ ist nicht mehr konfiguriert.</translation>
        </message>
        <message>
            <source>The retrieve could not start.</source>
            <translation>Der Abruf konnte nicht gestartet werden.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SwitchUserDialog</name>
        <message>
            <source>Switch user</source>
            <translation>Benutzer wechseln</translation>
        </message>
        <message>
            <source>Give the name of the user who reads from now on. It is recorded in the audit log and marks the studies this user reads. The viewer does not check a password: the name is taken as given.</source>
            <translation>Geben Sie den Namen des Benutzers an, der ab jetzt befundet. Er wird im Audit-Protokoll erfasst und kennzeichnet die von diesem Benutzer befundeten Untersuchungen. Der Viewer prüft kein Passwort: Der Name wird so übernommen, wie er angegeben wird.</translation>
        </message>
        <message>
            <source>Name of the reading user</source>
            <translation>Name des befundenden Benutzers</translation>
        </message>
        <message>
            <source>&amp;Read as:</source>
            <translation>&amp;Befunden als:</translation>
        </message>
        <message>
            <source>&amp;Switch</source>
            <translation>&amp;Wechseln</translation>
        </message>
        <message>
            <source>Read as this user</source>
            <translation>Als dieser Benutzer befunden</translation>
        </message>
        <message>
            <source>Keep the current user</source>
            <translation>Aktuellen Benutzer beibehalten</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ThemeSettingsPage</name>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>%1 theme</source>
            <translation>Design %1</translation>
        </message>
        <message>
            <source>The theme applies to every window at once.</source>
            <translation>Das Design gilt sofort für alle Fenster.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TimelinePanel</name>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Show %1 studies</source>
            <translation>%1-Untersuchungen anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the %1 lane's studies</source>
            <translation>Untersuchungen der Spur %1 ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Modality shown on the timeline</source>
            <translation>Auf der Zeitachse angezeigte Modalität</translation>
        </message>
        <message>
            <source>All modalities</source>
            <translation>Alle Modalitäten</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the selected study in its department's layout (retrieving it first when only the PACS has it)</source>
            <translation>Ausgewählte Untersuchung im Layout ihrer Abteilung öffnen (zuvor abrufen, wenn nur das PACS sie hat)</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>&amp;Vergleichen</translation>
        </message>
        <message>
            <source>Open the selected studies side by side, the newest as current (oncology comparison)</source>
            <translation>Ausgewählte Untersuchungen nebeneinander öffnen, die neueste als aktuelle (onkologischer Vergleich)</translation>
        </message>
        <message>
            <source>Retrieve all &amp;priors</source>
            <translation>Alle &amp;Voruntersuchungen abrufen</translation>
        </message>
        <message>
            <source>Retrieve every study of this patient that only the PACS has</source>
            <translation>Jede Untersuchung dieses Patienten abrufen, die nur im PACS vorhanden ist</translation>
        </message>
        <message>
            <source>Retrieve all &amp;priors (%1)</source>
            <translation>Alle &amp;Voruntersuchungen abrufen (%1)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TimelineWidget</name>
        <message>
            <source>Patient timeline</source>
            <translation>Patientenzeitachse</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(keine Beschreibung)</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>Datum unbekannt</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>no modality</source>
            <translation>keine Modalität</translation>
        </message>
        <message>
            <source>1 image</source>
            <translation>1 Bild</translation>
        </message>
        <message>
            <source>%1 images</source>
            <translation>%1 Bilder</translation>
        </message>
        <message>
            <source>Incomplete: retrieve interrupted</source>
            <translation>Unvollständig: Abruf unterbrochen</translation>
        </message>
        <message>
            <source>Incomplete: series still importing or interrupted (%1)</source>
            <translation>Unvollständig: Serie wird noch importiert oder wurde unterbrochen (%1)</translation>
        </message>
        <message>
            <source>Also on PACS: %1</source>
            <translation>Auch im PACS: %1</translation>
        </message>
        <message>
            <source>On: %1</source>
            <translation>Auf: %1</translation>
        </message>
        <message>
            <source>No studies for this patient</source>
            <translation>Keine Untersuchungen für diesen Patienten</translation>
        </message>
        <message>
            <source>No study matches the timeline filter</source>
            <translation>Keine Untersuchung passt zum Filter der Zeitachse</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (hidden)</source>
            <translation>%1 (ausgeblendet)</translation>
        </message>
        <message>
            <source>1 study</source>
            <translation>1 Untersuchung</translation>
        </message>
        <message>
            <source>%1 studies</source>
            <translation>%1 Untersuchungen</translation>
        </message>
        <message>
            <source>%1 with a patient name or birth date mismatch</source>
            <translation>%1 mit abweichendem Patientennamen oder Geburtsdatum</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 ausgewählt</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TumorBoardReport</name>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Tumor board</source>
            <translation>Tumorboard</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Tumor board: response by RECIST 1.1</source>
            <translation>Tumorboard: Ansprechen nach RECIST 1.1</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Patient: %1</translation>
        </message>
        <message>
            <source>Patient ID: %1%2</source>
            <translation>Patienten-ID: %1%2</translation>
        </message>
        <message>
            <source>Birth date: %1    Sex: %2</source>
            <translation>Geburtsdatum: %1    Geschlecht: %2</translation>
        </message>
        <message>
            <source>Timepoints</source>
            <translation>Zeitpunkte</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Untersuchung</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalität</translation>
        </message>
        <message>
            <source>Body region</source>
            <translation>Körperregion</translation>
        </message>
        <message>
            <source>Study Instance UID</source>
            <translation>Study Instance UID</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>Verlaufskontrolle %1</translation>
        </message>
        <message>
            <source>Lesions</source>
            <translation>Läsionen</translation>
        </message>
        <message>
            <source>Overall response at %1: %2 (%3)</source>
            <translation>Gesamtansprechen am %1: %2 (%3)</translation>
        </message>
        <message>
            <source>Not RECIST 1.1 conformant: %1</source>
            <translation>Nicht RECIST-1.1-konform: %1</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Responses (RECIST 1.1)</source>
            <translation>Ansprechen (RECIST 1.1)</translation>
        </message>
        <message>
            <source>%1 baseline: sum of diameters %2 mm</source>
            <translation>%1 Baseline: Summe der Durchmesser %2 mm</translation>
        </message>
        <message>
            <source>%1: overall %2 (%3)</source>
            <translation>%1: gesamt %2 (%3)</translation>
        </message>
        <message>
            <source>Target lesions: %1. %2</source>
            <translation>Zielläsionen: %1. %2</translation>
        </message>
        <message>
            <source>Non-target lesions: %1. %2</source>
            <translation>Nicht-Zielläsionen: %1. %2</translation>
        </message>
        <message>
            <source>New lesions: none</source>
            <translation>Neue Läsionen: keine</translation>
        </message>
        <message>
            <source>New lesions: %1</source>
            <translation>Neue Läsionen: %1</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Schlüsselbilder</translation>
        </message>
        <message>
            <source>organ not given</source>
            <translation>Organ nicht angegeben</translation>
        </message>
        <message>
            <source>, lymph node</source>
            <translation>, Lymphknoten</translation>
        </message>
        <message>
            <source>no key image</source>
            <translation>kein Schlüsselbild</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source>cannot finish %1</source>
            <translation>%1 kann nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>nothing was written to %1</source>
            <translation>nach %1 wurde nichts geschrieben</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::UserSession</name>
        <message>
            <source>Give the name of the user.</source>
            <translation>Geben Sie den Namen des Benutzers an.</translation>
        </message>
        <message>
            <source>A user name has at most %1 characters.</source>
            <translation>Ein Benutzername hat höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <source>A user name cannot hold control characters or line breaks.</source>
            <translation>Ein Benutzername darf keine Steuerzeichen oder Zeilenumbrüche enthalten.</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::EchoLoopTools</name>
        <message>
            <source>Frame %1</source>
            <translation>Frame %1</translation>
        </message>
        <message>
            <source>%1: not measured: %2</source>
            <translation>%1: nicht gemessen: %2</translation>
        </message>
        <message>
            <source>%1: length %2 mm</source>
            <translation>%1: Länge %2 mm</translation>
        </message>
        <message>
            <source>%1: area %2 cm²</source>
            <translation>%1: Fläche %2 cm²</translation>
        </message>
        <message>
            <source>only a measured area traces the LV</source>
            <translation>nur eine gemessene Fläche umfährt den LV</translation>
        </message>
        <message>
            <source>frame %1 is marked neither end diastole nor end systole</source>
            <translation>Frame %1 ist weder als Enddiastole noch als Endsystole markiert</translation>
        </message>
        <message>
            <source>the trace has no long axis</source>
            <translation>die Kontur hat keine lange Achse</translation>
        </message>
        <message>
            <source>unknown version of the stored loop measurements</source>
            <translation>unbekannte Version der gespeicherten Loop-Messungen</translation>
        </message>
        <message>
            <source>the stored measurements belong to another loop</source>
            <translation>die gespeicherten Messungen gehören zu einem anderen Loop</translation>
        </message>
        <message>
            <source>unknown apical view "%1"</source>
            <translation>unbekannte apikale Ansicht „%1“</translation>
        </message>
        <message>
            <source>the stored marks belong to another loop</source>
            <translation>die gespeicherten Markierungen gehören zu einem anderen Loop</translation>
        </message>
        <message>
            <source>a stored measurement has no valid kind or frame</source>
            <translation>eine gespeicherte Messung hat keine gültige Art oder keinen gültigen Frame</translation>
        </message>
        <message>
            <source>a stored measurement has a malformed point</source>
            <translation>eine gespeicherte Messung hat einen fehlerhaften Punkt</translation>
        </message>
        <message>
            <source>a stored measurement has the wrong number of points</source>
            <translation>eine gespeicherte Messung hat die falsche Anzahl an Punkten</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::LvFunctionAssessment</name>
        <message>
            <source>no %1 loop</source>
            <translation>kein %1-Loop</translation>
        </message>
        <message>
            <source>no end-diastolic frame marked in the %1 loop</source>
            <translation>kein enddiastolischer Frame im %1-Loop markiert</translation>
        </message>
        <message>
            <source>no end-systolic frame marked in the %1 loop</source>
            <translation>kein endsystolischer Frame im %1-Loop markiert</translation>
        </message>
        <message>
            <source>%1 contour not traced in the %2 view</source>
            <translation>%1-Kontur in der %2-Ansicht nicht nachgezeichnet</translation>
        </message>
        <message>
            <source>ejection fraction needs end-diastolic and end-systolic volumes by the same method</source>
            <translation>die Ejektionsfraktion benötigt enddiastolisches und endsystolisches Volumen nach derselben Methode</translation>
        </message>
        <message>
            <source>apical 4-chamber</source>
            <translation>apikaler 4-Kammerblick</translation>
        </message>
        <message>
            <source>apical 2-chamber</source>
            <translation>apikaler 2-Kammerblick</translation>
        </message>
        <message>
            <source>end-diastolic</source>
            <translation>enddiastolisch</translation>
        </message>
        <message>
            <source>end-systolic</source>
            <translation>endsystolisch</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::LvVolume</name>
        <message>
            <source>single-plane area-length</source>
            <translation>monoplane Flächen-Längen-Methode</translation>
        </message>
        <message>
            <source>biplane Simpson (method of discs)</source>
            <translation>biplane Simpson-Methode (Scheibchensummation)</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::UltrasoundRegionCalibration</name>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>unit code %1</source>
            <translation>Einheitencode %1</translation>
        </message>
        <message>
            <source>format %1</source>
            <translation>Format %1</translation>
        </message>
        <message>
            <source>%1, %2 x %3</source>
            <translation>%1, %2 x %3</translation>
        </message>
        <message>
            <source>no format</source>
            <translation>kein Format</translation>
        </message>
        <message>
            <source>2D</source>
            <translation>2D</translation>
        </message>
        <message>
            <source>M-mode</source>
            <translation>M-Mode</translation>
        </message>
        <message>
            <source>spectral</source>
            <translation>spektral</translation>
        </message>
        <message>
            <source>waveform</source>
            <translation>Kurve</translation>
        </message>
        <message>
            <source>graphics</source>
            <translation>Grafik</translation>
        </message>
        <message>
            <source>File not found.</source>
            <translation>Datei nicht gefunden.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file.</source>
            <translation>Keine lesbare DICOM-Datei.</translation>
        </message>
        <message>
            <source>no ultrasound regions: the image carries no calibration</source>
            <translation>keine Ultraschallregionen: Das Bild enthält keine Kalibrierung</translation>
        </message>
        <message>
            <source>outside any calibrated region</source>
            <translation>außerhalb jeder kalibrierten Region</translation>
        </message>
        <message>
            <source>region is Doppler (time/velocity)</source>
            <translation>Region ist Doppler (Zeit/Geschwindigkeit)</translation>
        </message>
        <message>
            <source>region is M-mode (time/depth)</source>
            <translation>Region ist M-Mode (Zeit/Tiefe)</translation>
        </message>
        <message>
            <source>region is a waveform trace (time), not an image</source>
            <translation>Region ist eine Kurve (Zeit), kein Bild</translation>
        </message>
        <message>
            <source>region has no physical units</source>
            <translation>Region hat keine physikalischen Einheiten</translation>
        </message>
        <message>
            <source>region units are not centimetres</source>
            <translation>Regionseinheiten sind nicht Zentimeter</translation>
        </message>
        <message>
            <source>the points lie in different regions</source>
            <translation>die Punkte liegen in verschiedenen Regionen</translation>
        </message>
        <message>
            <source>not enough points</source>
            <translation>nicht genügend Punkte</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::WaveformReader</name>
        <message>
            <source>File not found.</source>
            <translation>Datei nicht gefunden.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading it.</source>
            <translation>Die Datei ist fehlerhaft: Das DICOM-Toolkit ist beim Lesen fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file.</source>
            <translation>Keine lesbare DICOM-Datei.</translation>
        </message>
        <message>
            <source>Waveform group %1</source>
            <translation>Kurvengruppe %1</translation>
        </message>
        <message>
            <source>%1 has no Number of Waveform Channels.</source>
            <translation>%1 hat keine Number of Waveform Channels.</translation>
        </message>
        <message>
            <source>%1 has no Number of Waveform Samples.</source>
            <translation>%1 hat keine Number of Waveform Samples.</translation>
        </message>
        <message>
            <source>%1 has no valid Sampling Frequency.</source>
            <translation>%1 hat keine gültige Sampling Frequency.</translation>
        </message>
        <message>
            <source>%1 has no Waveform Bits Allocated.</source>
            <translation>%1 hat kein Waveform Bits Allocated.</translation>
        </message>
        <message>
            <source>%1 stores %2-bit samples as "%3"; only 8-bit SB/UB and 16-bit SS/US are read.</source>
            <translation>%1 speichert %2-Bit-Samples als „%3“; nur 8-Bit SB/UB und 16-Bit SS/US werden gelesen.</translation>
        </message>
        <message>
            <source>%1 announces %2 channels but defines %3.</source>
            <translation>%1 kündigt %2 Kanäle an, definiert aber %3.</translation>
        </message>
        <message>
            <source>%1 has no Waveform Data.</source>
            <translation>%1 hat keine Waveform Data.</translation>
        </message>
        <message>
            <source>%1: Waveform Data holds %2 bytes, %3 channels x %4 samples need %5.</source>
            <translation>%1: Waveform Data enthält %2 Byte, %3 Kanäle x %4 Samples benötigen %5.</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Kanal %1</translation>
        </message>
        <message>
            <source>Waveforms in big-endian files are not read.</source>
            <translation>Kurven in Big-Endian-Dateien werden nicht gelesen.</translation>
        </message>
        <message>
            <source>The object carries no waveform (no Waveform Sequence).</source>
            <translation>Das Objekt enthält keine Kurve (keine Waveform Sequence).</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog</name>
        <message>
            <source>The catalog %1 is read-only (%2): you can browse it, but imports and changes are refused.</source>
            <translation>Der Katalog %1 ist schreibgeschützt (%2): Sie können ihn durchsuchen, aber Importe und Änderungen werden abgelehnt.</translation>
        </message>
        <message>
            <source>The catalog is not open.</source>
            <translation>Der Katalog ist nicht geöffnet.</translation>
        </message>
        <message>
            <source>The shared catalog is offline, so the reading status cannot change now (the other workstations could not see it). Try again when the connection is back. %1</source>
            <translation>Der gemeinsame Katalog ist offline, daher kann der Befundungsstatus jetzt nicht geändert werden (die anderen Workstations könnten es nicht sehen). Versuchen Sie es erneut, wenn die Verbindung wieder besteht. %1</translation>
        </message>
        <message>
            <source>The object %1 is not in the catalog; catalogue it first.</source>
            <translation>Das Objekt %1 ist nicht im Katalog; katalogisieren Sie es zuerst.</translation>
        </message>
        <message>
            <source>The catalog could not record the object %1: %2</source>
            <translation>Der Katalog konnte das Objekt %1 nicht erfassen: %2</translation>
        </message>
        <message>
            <source>an unknown time</source>
            <translation>einem unbekannten Zeitpunkt</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>jemand</translation>
        </message>
        <message>
            <source>No catalog location was given.</source>
            <translation>Es wurde kein Katalogspeicherort angegeben.</translation>
        </message>
        <message>
            <source>The catalog server %1 cannot be reached: %2</source>
            <translation>Der Katalogserver %1 ist nicht erreichbar: %2</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached, and the change could not be kept on this workstation either: %1</source>
            <translation>Der Katalogserver ist nicht erreichbar, und die Änderung konnte auch nicht auf dieser Workstation aufbewahrt werden: %1</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached; the deletion is kept on this workstation and will be applied when the server is back.</source>
            <translation>Der Katalogserver ist nicht erreichbar; die Löschung wird auf dieser Workstation aufbewahrt und ausgeführt, sobald der Server wieder verfügbar ist.</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached; the annotation is kept on this workstation and will be saved when the server is back.</source>
            <translation>Der Katalogserver ist nicht erreichbar; die Annotation wird auf dieser Workstation aufbewahrt und gespeichert, sobald der Server wieder verfügbar ist.</translation>
        </message>
        <message>
            <source>The audit event could not be recorded in the catalog: %1</source>
            <translation>Das Audit-Ereignis konnte nicht im Katalog erfasst werden: %1</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached, and the audit event could not be kept on this workstation either: %1</source>
            <translation>Der Katalogserver ist nicht erreichbar, und das Audit-Ereignis konnte auch nicht auf dieser Workstation aufbewahrt werden: %1</translation>
        </message>
        <message>
            <source>The object %1 was not created on this workstation (recordCreatedObject), so its sending is not tracked.</source>
            <translation>Das Objekt %1 wurde nicht auf dieser Workstation erstellt (recordCreatedObject), daher wird sein Versand nicht verfolgt.</translation>
        </message>
        <message>
            <source>The catalog could not forget the deleted files: %1</source>
            <translation>Der Katalog konnte die gelöschten Dateien nicht austragen: %1</translation>
        </message>
        <message>
            <source>The study is not in the catalog.</source>
            <translation>Die Untersuchung ist nicht im Katalog.</translation>
        </message>
        <message>
            <source>%1 changed this study at %2 after you loaded it; nothing was written. Its state is shown as it is now.</source>
            <translation>%1 hat diese Untersuchung um %2 geändert, nachdem Sie sie geladen haben; es wurde nichts geschrieben. Ihr aktueller Zustand wird angezeigt.</translation>
        </message>
        <message>
            <source>%1 set this study's priority by hand; the worklist server's priority was not applied.</source>
            <translation>%1 hat die Priorität dieser Untersuchung manuell festgelegt; die Priorität des Arbeitslisten-Servers wurde nicht übernommen.</translation>
        </message>
        <message>
            <source>The annotation is no longer in the catalog (deleted meanwhile).</source>
            <translation>Die Annotation ist nicht mehr im Katalog (inzwischen gelöscht).</translation>
        </message>
        <message>
            <source>An annotation with this identifier was already saved by %1 at %2; nothing was written.</source>
            <translation>Eine Annotation mit dieser Kennung wurde bereits von %1 um %2 gespeichert; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>%1 changed this annotation at %2 after you loaded it (revision %3, yours %4); nothing was written.</source>
            <translation>%1 hat diese Annotation um %2 geändert, nachdem Sie sie geladen haben (Revision %3, Ihre %4); es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The annotation payload is not JSON: %1</source>
            <translation>Die Nutzdaten der Annotation sind kein JSON: %1</translation>
        </message>
        <message>
            <source>The annotation has no kind.</source>
            <translation>Die Annotation hat keine Art.</translation>
        </message>
        <message>
            <source>The catalog location must be a file path or a postgresql://user@host:port/database URL.</source>
            <translation>Der Katalogspeicherort muss ein Dateipfad oder eine URL postgresql://user@host:port/database sein.</translation>
        </message>
        <message>
            <source>The catalog URL is malformed: %1</source>
            <translation>Die Katalog-URL ist fehlerhaft: %1</translation>
        </message>
        <message>
            <source>The catalog URL names no database (expected postgresql://user@host:port/database).</source>
            <translation>Die Katalog-URL nennt keine Datenbank (erwartet: postgresql://user@host:port/database).</translation>
        </message>
        <message>
            <source>The catalog URL has an invalid port.</source>
            <translation>Die Katalog-URL hat einen ungültigen Port.</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog::CatalogChangeListener</name>
        <message>
            <source>the change notifications could not be subscribed</source>
            <translation>die Änderungsbenachrichtigungen konnten nicht abonniert werden</translation>
        </message>
        <message>
            <source>The shared catalog is reachable again.</source>
            <translation>Der gemeinsame Katalog ist wieder erreichbar.</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog::StoreJanitor</name>
        <message>
            <source>within the limits</source>
            <translation>innerhalb der Limits</translation>
        </message>
        <message>
            <source>open</source>
            <translation>geöffnet</translation>
        </message>
        <message>
            <source>unsent objects created here</source>
            <translation>hier erstellte, nicht gesendete Objekte</translation>
        </message>
        <message>
            <source>copied from media, a folder or a push: not known elsewhere</source>
            <translation>von Datenträger, aus Ordner oder per Push kopiert: anderswo nicht bekannt</translation>
        </message>
        <message>
            <source>files could not be deleted</source>
            <translation>Dateien konnten nicht gelöscht werden</translation>
        </message>
        <message>
            <source>age limit</source>
            <translation>Alterslimit</translation>
        </message>
        <message>
            <source>size limit</source>
            <translation>Größenlimit</translation>
        </message>
        <message>
            <source>open on this workstation</source>
            <translation>auf dieser Workstation geöffnet</translation>
        </message>
        <message>
            <source>%1 object(s) created here not sent yet</source>
            <translation>%1 hier erstellte Objekt(e) noch nicht gesendet</translation>
        </message>
        <message>
            <source>%1 file(s) copied from media or a folder, or pushed to this workstation</source>
            <translation>%1 Datei(en) von Datenträger oder aus Ordner kopiert oder per Push an diese Workstation gesendet</translation>
        </message>
        <message>
            <source>Cannot list the files of study %1: %2</source>
            <translation>Die Dateien der Untersuchung %1 können nicht aufgelistet werden: %2</translation>
        </message>
        <message>
            <source>Cannot delete %1: %2</source>
            <translation>%1 kann nicht gelöscht werden: %2</translation>
        </message>
        <message>
            <source>Study %1: %2</source>
            <translation>Untersuchung %1: %2</translation>
        </message>
        <message>
            <source>%1 file(s) could not be deleted</source>
            <translation>%1 Datei(en) konnten nicht gelöscht werden</translation>
        </message>
        <message>
            <source>Study %1: the eviction could not be audited: %2</source>
            <translation>Untersuchung %1: Die Entfernung konnte nicht protokolliert werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the managed store's studies from the catalog: %1</source>
            <translation>Die Untersuchungen des verwalteten Speichers können nicht aus dem Katalog gelesen werden: %1</translation>
        </message>
        <message>
            <source>used %1</source>
            <translation>verwendet %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>cannot convert the text of %1 to UTF-8: %2</source>
            <translation>der Text von %1 kann nicht in UTF-8 umgewandelt werden: %2</translation>
        </message>
        <message>
            <source>cannot set %1: %2</source>
            <translation>%1 kann nicht gesetzt werden: %2</translation>
        </message>
        <message>
            <source>cannot create %1</source>
            <translation>%1 kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>a referenced image has no Series Instance UID</source>
            <translation>einem referenzierten Bild fehlt die Series Instance UID</translation>
        </message>
        <message>
            <source>cannot create ReferencedSeriesSequence</source>
            <translation>ReferencedSeriesSequence kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents::SrDocumentBuilder</name>
        <message>
            <source>the document is not valid for its SR IOD (DCMTK's checks)</source>
            <translation>das Dokument ist für seine SR-IOD ungültig (Prüfungen von DCMTK)</translation>
        </message>
        <message>
            <source>cannot encode the document: %1</source>
            <translation>das Dokument kann nicht kodiert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents::StructuredReport</name>
        <message>
            <source>frame %1</source>
            <translation>Frame %1</translation>
        </message>
        <message>
            <source>%1: see item %2</source>
            <translation>%1: siehe Eintrag %2</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>auf %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::AttributeKey</name>
        <message>
            <source>unknown attribute "%1": use a DICOM keyword (Modality), a tag ((0008,0060)) or a derived attribute (modalitiesInStudy, numberOfSeries, numberOfInstances, numberOfFrames, multiFrame, bodyPart, daysBeforeCurrent, orientation)</source>
            <translation>unbekanntes Attribut „%1“: Verwenden Sie ein DICOM-Keyword (Modality), ein Tag ((0008,0060)) oder ein abgeleitetes Attribut (modalitiesInStudy, numberOfSeries, numberOfInstances, numberOfFrames, multiFrame, bodyPart, daysBeforeCurrent, orientation)</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::HangingProtocolDicomReader</name>
        <message>
            <source>%1: not a readable DICOM file (%2)</source>
            <translation>%1: keine lesbare DICOM-Datei (%2)</translation>
        </message>
        <message>
            <source>%1: not a Hanging Protocol instance (SOP Class UID %2)</source>
            <translation>%1: keine Hanging-Protocol-Instanz (SOP Class UID %2)</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>%1: the Hanging Protocol has no display sets</source>
            <translation>%1: Das Hanging Protocol hat keine Display Sets</translation>
        </message>
        <message>
            <source>%1: cannot be represented as a protocol: %2</source>
            <translation>%1: kann nicht als Protokoll abgebildet werden: %2</translation>
        </message>
        <message>
            <source>%1 screens: laid out on one</source>
            <translation>%1 Bildschirme: auf einem angeordnet</translation>
        </message>
        <message>
            <source>Navigation Indicator Sequence: not shown</source>
            <translation>Navigation Indicator Sequence: nicht angezeigt</translation>
        </message>
        <message>
            <source>Source Hanging Protocol Sequence: not kept</source>
            <translation>Source Hanging Protocol Sequence: nicht übernommen</translation>
        </message>
        <message>
            <source>anatomic region (%1, %2, "%3"): no body part for this code</source>
            <translation>anatomische Region (%1, %2, „%3“): keine Körperregion für diesen Code</translation>
        </message>
        <message>
            <source>Anatomic Region Modifier Sequence: not kept</source>
            <translation>Anatomic Region Modifier Sequence: nicht übernommen</translation>
        </message>
        <message>
            <source>Procedure Code Sequence: not kept</source>
            <translation>Procedure Code Sequence: nicht übernommen</translation>
        </message>
        <message>
            <source>Reason for Requested Procedure Code Sequence: not kept</source>
            <translation>Reason for Requested Procedure Code Sequence: nicht übernommen</translation>
        </message>
        <message>
            <source>image set selector without a value: ignored</source>
            <translation>Image-Set-Selektor ohne Wert: ignoriert</translation>
        </message>
        <message>
            <source>image set selector on %1 inside a sequence: ignored</source>
            <translation>Image-Set-Selektor auf %1 innerhalb einer Sequenz: ignoriert</translation>
        </message>
        <message>
            <source>image set selector on the private element %1: ignored</source>
            <translation>Image-Set-Selektor auf dem privaten Element %1: ignoriert</translation>
        </message>
        <message>
            <source>image set selector %1 NO_MATCH %2: a negated regular expression (images without the attribute no longer match)</source>
            <translation>Image-Set-Selektor %1 NO_MATCH %2: ein negierter regulärer Ausdruck (Bilder ohne das Attribut passen nicht mehr)</translation>
        </message>
        <message>
            <source>image set %1: priors %2 to %3 shown as prior %2</source>
            <translation>Image Set %1: Voruntersuchungen %2 bis %3 als Voruntersuchung %2 angezeigt</translation>
        </message>
        <message>
            <source>image set %1: the oldest prior is shown as prior %2</source>
            <translation>Image Set %1: Die älteste Voruntersuchung wird als Voruntersuchung %2 angezeigt</translation>
        </message>
        <message>
            <source>image set %1: Abstract Prior Code Sequence not kept</source>
            <translation>Image Set %1: Abstract Prior Code Sequence nicht übernommen</translation>
        </message>
        <message>
            <source>image set %1: relative time in %2 converted to days</source>
            <translation>Image Set %1: relative Zeit in %2 in Tage umgerechnet</translation>
        </message>
        <message>
            <source>display set %1</source>
            <translation>Display Set %1</translation>
        </message>
        <message>
            <source>image set %1 is not defined; the current study is shown</source>
            <translation>Image Set %1 ist nicht definiert; die aktuelle Untersuchung wird angezeigt</translation>
        </message>
        <message>
            <source>%1 image boxes: only the first is used</source>
            <translation>%1 Image Boxes: nur die erste wird verwendet</translation>
        </message>
        <message>
            <source>no valid Display Environment Spatial Position: the whole stage</source>
            <translation>keine gültige Display Environment Spatial Position: die gesamte Stufe</translation>
        </message>
        <message>
            <source>cine at %1 x real time: played at the file's own rate</source>
            <translation>Cine mit %1-facher Echtzeit: mit der eigenen Rate der Datei abgespielt</translation>
        </message>
        <message>
            <source>sweeping playback: played as a loop</source>
            <translation>Sweeping-Wiedergabe: als Loop abgespielt</translation>
        </message>
        <message>
            <source>Image Box Layout Type %1: shown as a stack</source>
            <translation>Image Box Layout Type %1: als Stapel angezeigt</translation>
        </message>
        <message>
            <source>no image box: the whole stage</source>
            <translation>keine Image Box: die gesamte Stufe</translation>
        </message>
        <message>
            <source>filter by category %1 %2: not kept</source>
            <translation>Filter nach Kategorie %1 %2: nicht übernommen</translation>
        </message>
        <message>
            <source>filter on a private or nested element: not kept</source>
            <translation>Filter auf ein privates oder verschachteltes Element: nicht übernommen</translation>
        </message>
        <message>
            <source>filter %1 GREATER_THAN %2: kept as inclusive</source>
            <translation>Filter %1 GREATER_THAN %2: als einschließend übernommen</translation>
        </message>
        <message>
            <source>filter %1 LESS_THAN %2: kept as inclusive</source>
            <translation>Filter %1 LESS_THAN %2: als einschließend übernommen</translation>
        </message>
        <message>
            <source>filter %1 %2 %3: not kept</source>
            <translation>Filter %1 %2 %3: nicht übernommen</translation>
        </message>
        <message>
            <source>sorting operations: series are shown in their own order</source>
            <translation>Sortieroperationen: Serien werden in ihrer eigenen Reihenfolge angezeigt</translation>
        </message>
        <message>
            <source>blending %1: not kept</source>
            <translation>Blending %1: nicht übernommen</translation>
        </message>
        <message>
            <source>3D rendering type %1: volume rendering</source>
            <translation>3D-Rendering-Typ %1: Volumendarstellung</translation>
        </message>
        <message>
            <source>reformatting %1: not kept</source>
            <translation>Reformatierung %1: nicht übernommen</translation>
        </message>
        <message>
            <source>VOI Type %1: no window preset of that name</source>
            <translation>VOI Type %1: keine Fenster-Voreinstellung dieses Namens</translation>
        </message>
        <message>
            <source>%1 %2: not kept</source>
            <translation>%1 %2: nicht übernommen</translation>
        </message>
        <message>
            <source>inverted grey scale: not kept</source>
            <translation>invertierte Graustufen: nicht übernommen</translation>
        </message>
        <message>
            <source>synchronized scrolling of display sets %1 across presentation groups: not kept</source>
            <translation>synchronisiertes Blättern der Display Sets %1 über Presentation Groups hinweg: nicht übernommen</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::HangingProtocolDicomWriter</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>name: the Hanging Protocol Name holds 16 characters ("%1")</source>
            <translation>Name: Der Hanging Protocol Name fasst 16 Zeichen („%1“)</translation>
        </message>
        <message>
            <source>description: the Hanging Protocol Description holds 64 characters</source>
            <translation>Beschreibung: Die Hanging Protocol Description fasst 64 Zeichen</translation>
        </message>
        <message>
            <source>study rule %1: body part %2 has no anatomic region code</source>
            <translation>Untersuchungsregel %1: Körperregion %2 hat keinen Code für die anatomische Region</translation>
        </message>
        <message>
            <source>study rule %1 (weight %2%3)</source>
            <translation>Untersuchungsregel %1 (Gewichtung %2%3)</translation>
        </message>
        <message>
            <source>, required</source>
            <translation>, Pflicht</translation>
        </message>
        <message>
            <source>priors: at least %1 of %2, chosen by %3</source>
            <translation>Voruntersuchungen: mindestens %1 von %2, ausgewählt nach %3</translation>
        </message>
        <message>
            <source>prior rule %1 (weight %2%3)</source>
            <translation>Voruntersuchungsregel %1 (Gewichtung %2%3)</translation>
        </message>
        <message>
            <source>stage %1: %2 synchronisation of viewports %3</source>
            <translation>Stufe %1: %2-Synchronisation der Viewports %3</translation>
        </message>
        <message>
            <source>stage %1 viewport %2</source>
            <translation>Stufe %1 Viewport %2</translation>
        </message>
        <message>
            <source>Viewport %1</source>
            <translation>Viewport %1</translation>
        </message>
        <message>
            <source>%1: %2 frames per second (the IOD holds whole numbers)</source>
            <translation>%1: %2 Frames pro Sekunde (die IOD speichert ganze Zahlen)</translation>
        </message>
        <message>
            <source>%1: cine plays once (the IOD loops or sweeps)</source>
            <translation>%1: Cine wird einmal abgespielt (die IOD wiederholt oder pendelt)</translation>
        </message>
        <message>
            <source>%1: cine settings without autoplay</source>
            <translation>%1: Cine-Einstellungen ohne automatische Wiedergabe</translation>
        </message>
        <message>
            <source>%1: series rule %2 (weight %3%4)</source>
            <translation>%1: Serienregel %2 (Gewichtung %3%4)</translation>
        </message>
        <message>
            <source>%1: distinct series</source>
            <translation>%1: unterschiedliche Serien</translation>
        </message>
        <message>
            <source>%1: fallback %2</source>
            <translation>%1: Ersatz %2</translation>
        </message>
        <message>
            <source>%1: window preset "%2" has no VOI Type</source>
            <translation>%1: Fenster-Voreinstellung „%2“ hat keinen VOI Type</translation>
        </message>
        <message>
            <source>%1: window center %2 width %3</source>
            <translation>%1: Fensterzentrum %2 Breite %3</translation>
        </message>
        <message>
            <source>%1: fill scaling</source>
            <translation>%1: füllende Skalierung</translation>
        </message>
        <message>
            <source>%1: zoom %2</source>
            <translation>%1: Zoom %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::MatchResult</name>
        <message>
            <source>No protocol matched.</source>
            <translation>Kein Protokoll hat gepasst.</translation>
        </message>
        <message>
            <source>Protocol %1 (%2, %3): score %4, priority %5, %6 rules</source>
            <translation>Protokoll %1 (%2, %3): Bewertung %4, Priorität %5, %6 Regeln</translation>
        </message>
        <message>
            <source>  also matched: %1 (score %2, priority %3)</source>
            <translation>  ebenfalls gepasst: %1 (Bewertung %2, Priorität %3)</translation>
        </message>
        <message>
            <source>  not matched: %1: %2</source>
            <translation>  nicht gepasst: %1: %2</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(fehlt)</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>nicht erfüllt</translation>
        </message>
        <message>
            <source>[required]</source>
            <translation>[Pflicht]</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolLibrary</name>
        <message>
            <source>the id "%1" is already used by %2 in the same folder; this file is ignored</source>
            <translation>die ID „%1“ wird im selben Ordner bereits von %2 verwendet; diese Datei wird ignoriert</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolMatcher</name>
        <message>
            <source>current study</source>
            <translation>aktuelle Untersuchung</translation>
        </message>
        <message>
            <source>required rule failed on the current study: %1</source>
            <translation>Pflichtregel für die aktuelle Untersuchung nicht erfüllt: %1</translation>
        </message>
        <message>
            <source>needs %1 prior studies (%2) and found %3</source>
            <translation>benötigt %1 Voruntersuchungen (%2) und hat %3 gefunden</translation>
        </message>
        <message>
            <source>empty: %1 is not available</source>
            <translation>leer: %1 ist nicht verfügbar</translation>
        </message>
        <message>
            <source>empty: %1 has no series</source>
            <translation>leer: %1 hat keine Serien</translation>
        </message>
        <message>
            <source>empty: no series of the %1 satisfies the rules and the fallback is %2</source>
            <translation>leer: keine Serie der %1 erfüllt die Regeln, und der Ersatz ist %2</translation>
        </message>
        <message>
            <source>%1 by fallback %2: no series satisfied the rules</source>
            <translation>%1 durch Ersatz %2: keine Serie hat die Regeln erfüllt</translation>
        </message>
        <message>
            <source>%1: the selector has no series rules, first series%2</source>
            <translation>%1: der Selektor hat keine Serienregeln, erste Serie%2</translation>
        </message>
        <message>
            <source> in the preferred orientation</source>
            <translation> in der bevorzugten Orientierung</translation>
        </message>
        <message>
            <source>%1 matched %2</source>
            <translation>%1 passt zu %2</translation>
        </message>
        <message>
            <source>, preferred orientation %1</source>
            <translation>, bevorzugte Orientierung %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolReader</name>
        <message>
            <source>the id "%1" may only hold letters, digits, '.', '_' and '-'</source>
            <translation>die ID „%1“ darf nur Buchstaben, Ziffern, '.', '_' und '-' enthalten</translation>
        </message>
        <message>
            <source>a protocol needs at least one stage</source>
            <translation>ein Protokoll benötigt mindestens eine Stufe</translation>
        </message>
        <message>
            <source>unknown key "%1" (allowed here: %2)</source>
            <translation>unbekannter Schlüssel „%1“ (hier erlaubt: %2)</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1 must be an array</source>
            <translation>%1 muss ein Array sein</translation>
        </message>
        <message>
            <source>missing "%1"</source>
            <translation>„%1“ fehlt</translation>
        </message>
        <message>
            <source>%1 must be a non-empty string</source>
            <translation>%1 muss eine nicht leere Zeichenkette sein</translation>
        </message>
        <message>
            <source>%1 must be a string</source>
            <translation>%1 muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3</source>
            <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
        </message>
        <message>
            <source>%1 must be a number</source>
            <translation>%1 muss eine Zahl sein</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 muss true oder false sein</translation>
        </message>
        <message>
            <source>%1 must be one of: %2</source>
            <translation>%1 muss einer der folgenden Werte sein: %2</translation>
        </message>
        <message>
            <source>unknown constraint "%1" (equals, contains, startsWith, regex, range, exists, notExists)</source>
            <translation>unbekannte Bedingung „%1“ (equals, contains, startsWith, regex, range, exists, notExists)</translation>
        </message>
        <message>
            <source>a weight cannot be negative</source>
            <translation>eine Gewichtung darf nicht negativ sein</translation>
        </message>
        <message>
            <source>%1 takes no value</source>
            <translation>%1 nimmt keinen Wert an</translation>
        </message>
        <message>
            <source>range takes "min" and/or "max", not "value"</source>
            <translation>range nimmt "min" und/oder "max" an, nicht "value"</translation>
        </message>
        <message>
            <source>range needs "min", "max" or both</source>
            <translation>range benötigt "min", "max" oder beides</translation>
        </message>
        <message>
            <source>range minimum %1 is above its maximum %2</source>
            <translation>range-Minimum %1 liegt über seinem Maximum %2</translation>
        </message>
        <message>
            <source>only range takes "min" and "max"</source>
            <translation>nur range nimmt "min" und "max" an</translation>
        </message>
        <message>
            <source>%1 needs a "value"</source>
            <translation>%1 benötigt einen "value"</translation>
        </message>
        <message>
            <source>a value must be a string or a number</source>
            <translation>ein Wert muss eine Zeichenkette oder eine Zahl sein</translation>
        </message>
        <message>
            <source>regex takes one pattern (use | for alternatives)</source>
            <translation>regex nimmt ein Muster an (verwenden Sie | für Alternativen)</translation>
        </message>
        <message>
            <source>the list of values is empty</source>
            <translation>die Werteliste ist leer</translation>
        </message>
        <message>
            <source>invalid regular expression "%1": %2 at offset %3</source>
            <translation>ungültiger regulärer Ausdruck „%1“: %2 an Position %3</translation>
        </message>
        <message>
            <source>priors.minimum (%1) cannot exceed priors.count (%2)</source>
            <translation>priors.minimum (%1) darf priors.count (%2) nicht übersteigen</translation>
        </message>
        <message>
            <source>a layout has rows and columns or rectangles, not both</source>
            <translation>ein Layout hat Zeilen und Spalten oder Rechtecke, nicht beides</translation>
        </message>
        <message>
            <source>a free layout needs at least one rectangle</source>
            <translation>ein freies Layout benötigt mindestens ein Rechteck</translation>
        </message>
        <message>
            <source>the layout has %1 places but %2 viewports are given</source>
            <translation>das Layout hat %1 Plätze, aber %2 Viewports sind angegeben</translation>
        </message>
        <message>
            <source>sync group viewport %1 does not exist (viewports are numbered from 0 to %2)</source>
            <translation>Viewport %1 der Synchronisationsgruppe existiert nicht (Viewports sind von 0 bis %2 nummeriert)</translation>
        </message>
        <message>
            <source>a sync group needs at least two viewports</source>
            <translation>eine Synchronisationsgruppe benötigt mindestens zwei Viewports</translation>
        </message>
        <message>
            <source>%1 must be a number from 0 to 1</source>
            <translation>%1 muss eine Zahl von 0 bis 1 sein</translation>
        </message>
        <message>
            <source>the rectangle must have a size and lie inside the stage (0..1)</source>
            <translation>das Rechteck muss eine Größe haben und innerhalb der Stufe liegen (0..1)</translation>
        </message>
        <message>
            <source>a window is a preset or center and width, not both</source>
            <translation>ein Fenster ist eine Voreinstellung oder Zentrum und Breite, nicht beides</translation>
        </message>
        <message>
            <source>a window needs a preset, or both center and width</source>
            <translation>ein Fenster benötigt eine Voreinstellung oder sowohl Zentrum als auch Breite</translation>
        </message>
        <message>
            <source>the window width must be at least 1</source>
            <translation>die Fensterbreite muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>zoom must be above 0 and at most 64</source>
            <translation>zoom muss größer als 0 und höchstens 64 sein</translation>
        </message>
        <message>
            <source>framesPerSecond must be above 0 and at most 1000</source>
            <translation>framesPerSecond muss größer als 0 und höchstens 1000 sein</translation>
        </message>
        <message>
            <source>"%1" needs priors.count of at least %2 (it is %3)</source>
            <translation>„%1“ benötigt priors.count von mindestens %2 (es ist %3)</translation>
        </message>
        <message>
            <source>study must be "current" or "prior N" (N from 1)</source>
            <translation>study muss "current" oder "prior N" sein (N ab 1)</translation>
        </message>
        <message>
            <source>preferredOrientation must be axial, coronal or sagittal</source>
            <translation>preferredOrientation muss axial, coronal oder sagittal sein</translation>
        </message>
        <message>
            <source>an mpr reconstruction needs a preferredOrientation to reformat to</source>
            <translation>eine mpr-Rekonstruktion benötigt eine preferredOrientation als Ziel</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>a protocol file holds one JSON object</source>
            <translation>eine Protokolldatei enthält ein JSON-Objekt</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>die Datei kann nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::measure::Calibration</name>
        <message>
            <source>mm</source>
            <translation>mm</translation>
        </message>
        <message>
            <source>mm (at detector)</source>
            <translation>mm (am Detektor)</translation>
        </message>
        <message>
            <source>mm (US region)</source>
            <translation>mm (US-Region)</translation>
        </message>
        <message>
            <source>px</source>
            <translation>px</translation>
        </message>
        <message>
            <source>mm²</source>
            <translation>mm²</translation>
        </message>
        <message>
            <source>mm² (at detector)</source>
            <translation>mm² (am Detektor)</translation>
        </message>
        <message>
            <source>mm² (US region)</source>
            <translation>mm² (US-Region)</translation>
        </message>
        <message>
            <source>px²</source>
            <translation>px²</translation>
        </message>
        <message>
            <source>Lengths in mm from Pixel Spacing</source>
            <translation>Längen in mm aus Pixel Spacing</translation>
        </message>
        <message>
            <source>Lengths in mm at the detector (Imager Pixel Spacing), not in the patient</source>
            <translation>Längen in mm am Detektor (Imager Pixel Spacing), nicht im Patienten</translation>
        </message>
        <message>
            <source>Lengths in mm from the ultrasound region calibration</source>
            <translation>Längen in mm aus der Kalibrierung der Ultraschallregion</translation>
        </message>
        <message>
            <source>No pixel spacing: lengths in pixels</source>
            <translation>Kein Pixelabstand: Längen in Pixeln</translation>
        </message>
    </context>
    <context>
        <name>continuum::measure::FrameMeasurer</name>
        <message>
            <source>the PET attributes could not be read</source>
            <translation>die PET-Attribute konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Area %1 %2</source>
            <translation>Fläche %1 %2</translation>
        </message>
        <message>
            <source>colour image: no pixel values</source>
            <translation>Farbbild: keine Pixelwerte</translation>
        </message>
        <message>
            <source>No pixel inside</source>
            <translation>Kein Pixel innerhalb</translation>
        </message>
        <message numerus="yes">
            <source>  (%n px)</source>
            <translation>
                <numerusform>  (%n px)</numerusform>
                <numerusform>  (%n px)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mean %1  SD %2%3</source>
            <translation>Mittelwert %1  SD %2%3</translation>
        </message>
        <message>
            <source>Min %1  Max %2</source>
            <translation>Min %1  Max %2</translation>
        </message>
        <message>
            <source>SUVbw mean %1  max %2</source>
            <translation>SUVbw Mittelwert %1  Max %2</translation>
        </message>
        <message>
            <source>No SUV: %1</source>
            <translation>Kein SUV: %1</translation>
        </message>
        <message>
            <source>Cobb %1°</source>
            <translation>Cobb %1°</translation>
        </message>
        <message>
            <source>A freehand ROI needs three points</source>
            <translation>Eine Freihand-ROI benötigt drei Punkte</translation>
        </message>
        <message>
            <source>outside the image</source>
            <translation>außerhalb des Bildes</translation>
        </message>
        <message>
            <source>colour image: no value</source>
            <translation>Farbbild: kein Wert</translation>
        </message>
        <message>
            <source>padding</source>
            <translation>Padding</translation>
        </message>
        <message>
            <source>SUVbw %1</source>
            <translation>SUVbw %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::measure::SuvCalculator</name>
        <message>
            <source>Corrected Image (0028,0051) does not include ATTN: not attenuation corrected</source>
            <translation>Corrected Image (0028,0051) enthält nicht ATTN: nicht schwächungskorrigiert</translation>
        </message>
        <message>
            <source>Corrected Image (0028,0051) does not include DECY: not decay corrected</source>
            <translation>Corrected Image (0028,0051) enthält nicht DECY: nicht zerfallskorrigiert</translation>
        </message>
        <message>
            <source>Decay Correction (0054,1102) is missing</source>
            <translation>Decay Correction (0054,1102) fehlt</translation>
        </message>
        <message>
            <source>Decay Correction is %1, not START</source>
            <translation>Decay Correction ist %1, nicht START</translation>
        </message>
        <message>
            <source>Units (0054,1001) are missing</source>
            <translation>Units (0054,1001) fehlt</translation>
        </message>
        <message>
            <source>Units are %1, not BQML</source>
            <translation>Units ist %1, nicht BQML</translation>
        </message>
        <message>
            <source>Series Date/Time is missing or unreadable</source>
            <translation>Series Date/Time fehlt oder ist nicht lesbar</translation>
        </message>
        <message>
            <source>Acquisition Date/Time is missing or unreadable</source>
            <translation>Acquisition Date/Time fehlt oder ist nicht lesbar</translation>
        </message>
        <message>
            <source>Series Time is after the Acquisition Time (a post-processed series?) and there is no GE private scan time: the scan start is unknown</source>
            <translation>Series Time liegt nach der Acquisition Time (eine nachverarbeitete Serie?) und es gibt keine private GE-Scanzeit: Der Scanbeginn ist unbekannt</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start DateTime is unreadable</source>
            <translation>Radiopharmaceutical Start DateTime ist nicht lesbar</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start Time is missing</source>
            <translation>Radiopharmaceutical Start Time fehlt</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start Time is unreadable</source>
            <translation>Radiopharmaceutical Start Time ist nicht lesbar</translation>
        </message>
        <message>
            <source>The injection time is after the scan start</source>
            <translation>Der Injektionszeitpunkt liegt nach dem Scanbeginn</translation>
        </message>
        <message>
            <source>Radionuclide Half Life is missing or not positive</source>
            <translation>Radionuclide Half Life fehlt oder ist nicht positiv</translation>
        </message>
        <message>
            <source>Radionuclide Total Dose is missing or not positive</source>
            <translation>Radionuclide Total Dose fehlt oder ist nicht positiv</translation>
        </message>
        <message>
            <source>Patient's Weight is missing or not positive</source>
            <translation>Patient's Weight fehlt oder ist nicht positiv</translation>
        </message>
    </context>
    <context>
        <name>continuum::measure::ValueUnits</name>
        <message>
            <source>counts</source>
            <translation>Counts</translation>
        </message>
        <message>
            <source>counts/s</source>
            <translation>Counts/s</translation>
        </message>
        <message>
            <source>proportional to counts</source>
            <translation>proportional zu Counts</translation>
        </message>
        <message>
            <source>proportional to counts/s</source>
            <translation>proportional zu Counts/s</translation>
        </message>
        <message>
            <source>rescaled value</source>
            <translation>reskalierter Wert</translation>
        </message>
        <message>
            <source>stored value</source>
            <translation>gespeicherter Wert</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>Farbe</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::Lesion</name>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Non-target</source>
            <translation>Nicht-Ziel</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>present</source>
            <translation>vorhanden</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>nicht vorhanden</translation>
        </message>
        <message>
            <source>unequivocal progression</source>
            <translation>eindeutige Progression</translation>
        </message>
        <message>
            <source>too small to measure</source>
            <translation>zu klein zum Messen</translation>
        </message>
        <message>
            <source>not evaluable</source>
            <translation>nicht beurteilbar</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::LesionTable</name>
        <message>
            <source>Lesion</source>
            <translation>Läsion</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Organ</source>
            <translation>Organ</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Lymphknoten</translation>
        </message>
        <message>
            <source>not recorded at this timepoint</source>
            <translation>zu diesem Zeitpunkt nicht erfasst</translation>
        </message>
        <message>
            <source>present (%1 mm)</source>
            <translation>vorhanden (%1 mm)</translation>
        </message>
        <message>
            <source>counts %1 mm (%2)</source>
            <translation>zählt als %1 mm (%2)</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>undatiert</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>Verlaufskontrolle %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Sum of diameters</source>
            <translation>Summe der Durchmesser</translation>
        </message>
        <message>
            <source>Change from baseline</source>
            <translation>Änderung gegenüber Baseline</translation>
        </message>
        <message>
            <source>Change from nadir</source>
            <translation>Änderung gegenüber Nadir</translation>
        </message>
        <message>
            <source>Target response</source>
            <translation>Ansprechen Zielläsionen</translation>
        </message>
        <message>
            <source>Non-target response</source>
            <translation>Ansprechen Nicht-Zielläsionen</translation>
        </message>
        <message>
            <source>New lesions</source>
            <translation>Neue Läsionen</translation>
        </message>
        <message>
            <source>Overall response</source>
            <translation>Gesamtansprechen</translation>
        </message>
        <message>
            <source>some targets are not evaluable: the sum is partial</source>
            <translation>einige Zielläsionen sind nicht beurteilbar: Die Summe ist unvollständig</translation>
        </message>
        <message>
            <source>nadir %1 mm</source>
            <translation>Nadir %1 mm</translation>
        </message>
        <message>
            <source>yes: %1</source>
            <translation>ja: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::RecistEvaluator</name>
        <message>
            <source>no non-target lesions</source>
            <translation>keine Nicht-Zielläsionen</translation>
        </message>
        <message>
            <source>unequivocal progression of %1</source>
            <translation>eindeutige Progression von %1</translation>
        </message>
        <message>
            <source>not all evaluated: %1</source>
            <translation>nicht alle beurteilt: %1</translation>
        </message>
        <message>
            <source>all non-target lesions gone, nodes under 10 mm short axis</source>
            <translation>alle Nicht-Zielläsionen verschwunden, Lymphknoten unter 10 mm in der kurzen Achse</translation>
        </message>
        <message>
            <source>persisting: %1</source>
            <translation>persistierend: %1</translation>
        </message>
        <message>
            <source>targets %1, non-targets %2, %3</source>
            <translation>Zielläsionen %1, Nicht-Zielläsionen %2, %3</translation>
        </message>
        <message>
            <source>new lesions</source>
            <translation>neue Läsionen</translation>
        </message>
        <message>
            <source>no new lesions</source>
            <translation>keine neuen Läsionen</translation>
        </message>
        <message>
            <source>new lesion %1 (%2)</source>
            <translation>neue Läsion %1 (%2)</translation>
        </message>
        <message>
            <source>target lesions progressed (%1)</source>
            <translation>Zielläsionen progredient (%1)</translation>
        </message>
        <message>
            <source>non-target lesions progressed unequivocally (%1)</source>
            <translation>Nicht-Zielläsionen eindeutig progredient (%1)</translation>
        </message>
        <message>
            <source>Table 2: %1</source>
            <translation>Tabelle 2: %1</translation>
        </message>
        <message>
            <source>no target or non-target lesions were recorded at baseline</source>
            <translation>zur Baseline wurden keine Ziel- oder Nicht-Zielläsionen erfasst</translation>
        </message>
        <message>
            <source>Table 1: %1</source>
            <translation>Tabelle 1: %1</translation>
        </message>
        <message>
            <source>Table 1: %1 (non-target disease remains or was not evaluated)</source>
            <translation>Tabelle 1: %1 (Nicht-Ziel-Erkrankung besteht weiter oder wurde nicht beurteilt)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>nicht vorhanden</translation>
        </message>
        <message>
            <source>too small to measure (5 mm)</source>
            <translation>zu klein zum Messen (5 mm)</translation>
        </message>
        <message>
            <source>not evaluable</source>
            <translation>nicht beurteilbar</translation>
        </message>
        <message>
            <source>assessed as unequivocal progression, which is for non-targets: not evaluable</source>
            <translation>als eindeutige Progression bewertet, was nur für Nicht-Zielläsionen gilt: nicht beurteilbar</translation>
        </message>
        <message>
            <source>short axis (node)</source>
            <translation>kurze Achse (Lymphknoten)</translation>
        </message>
        <message>
            <source>node without a short axis: not evaluable</source>
            <translation>Lymphknoten ohne kurze Achse: nicht beurteilbar</translation>
        </message>
        <message>
            <source>long axis</source>
            <translation>lange Achse</translation>
        </message>
        <message>
            <source>no long axis: not evaluable</source>
            <translation>keine lange Achse: nicht beurteilbar</translation>
        </message>
        <message>
            <source>no timepoints: the baseline is unknown</source>
            <translation>keine Zeitpunkte: Die Baseline ist unbekannt</translation>
        </message>
        <message>
            <source>%1: observed on study %2, which is not one of the timepoints</source>
            <translation>%1: in Untersuchung %2 beobachtet, die keiner der Zeitpunkte ist</translation>
        </message>
        <message>
            <source>%1: a target lesion needs its organ (at most 2 targets per organ)</source>
            <translation>%1: Eine Zielläsion benötigt ihr Organ (höchstens 2 Zielläsionen pro Organ)</translation>
        </message>
        <message>
            <source>%1: a target lesion must be measured at baseline</source>
            <translation>%1: Eine Zielläsion muss zur Baseline gemessen sein</translation>
        </message>
        <message>
            <source>%1: a nodal target needs its short axis at baseline</source>
            <translation>%1: Eine nodale Zielläsion benötigt ihre kurze Achse zur Baseline</translation>
        </message>
        <message>
            <source>%1: node short axis %2 at baseline is under 15 mm: not measurable, record it as non-target</source>
            <translation>%1: Kurze Achse des Lymphknotens %2 zur Baseline unter 15 mm: nicht messbar, als Nicht-Zielläsion erfassen</translation>
        </message>
        <message>
            <source>%1: a target lesion needs its long axis at baseline</source>
            <translation>%1: Eine Zielläsion benötigt ihre lange Achse zur Baseline</translation>
        </message>
        <message>
            <source>%1: long axis %2 at baseline is under 10 mm: not measurable, record it as non-target</source>
            <translation>%1: Lange Achse %2 zur Baseline unter 10 mm: nicht messbar, als Nicht-Zielläsion erfassen</translation>
        </message>
        <message>
            <source>%1: "unequivocal progression" applies to non-target lesions; a target is measured</source>
            <translation>%1: „eindeutige Progression“ gilt für Nicht-Zielläsionen; eine Zielläsion wird gemessen</translation>
        </message>
        <message>
            <source>%1: a non-target lesion must be recorded at baseline</source>
            <translation>%1: Eine Nicht-Zielläsion muss zur Baseline erfasst sein</translation>
        </message>
        <message>
            <source>%1: seen at baseline, so it is not a new lesion</source>
            <translation>%1: zur Baseline gesehen, daher keine neue Läsion</translation>
        </message>
        <message>
            <source>%1 target lesions: RECIST 1.1 allows at most 5</source>
            <translation>%1 Zielläsionen: RECIST 1.1 erlaubt höchstens 5</translation>
        </message>
        <message>
            <source>%1 target lesions in %2 (%3): at most 2 per organ</source>
            <translation>%1 Zielläsionen in %2 (%3): höchstens 2 pro Organ</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>baseline (no target lesions)</source>
            <translation>Baseline (keine Zielläsionen)</translation>
        </message>
        <message>
            <source>baseline, sum of diameters %1</source>
            <translation>Baseline, Summe der Durchmesser %1</translation>
        </message>
        <message>
            <source>no target lesions</source>
            <translation>keine Zielläsionen</translation>
        </message>
        <message>
            <source>the baseline sum is incomplete</source>
            <translation>die Baseline-Summe ist unvollständig</translation>
        </message>
        <message>
            <source>sum %1, nadir %2: %3</source>
            <translation>Summe %1, Nadir %2: %3</translation>
        </message>
        <message>
            <source>%1 without the not evaluable %2: at least 20% and 5 mm over the nadir already</source>
            <translation>%1 ohne die nicht beurteilbare %2: bereits mindestens 20% und 5 mm über dem Nadir</translation>
        </message>
        <message>
            <source>not evaluable: %1</source>
            <translation>nicht beurteilbar: %1</translation>
        </message>
        <message>
            <source>all non-nodal targets gone and every nodal target under 10 mm short axis (sum %1)</source>
            <translation>alle nicht-nodalen Zielläsionen verschwunden und jede nodale Zielläsion unter 10 mm in der kurzen Achse (Summe %1)</translation>
        </message>
        <message>
            <source>%1: at least 20% and 5 mm over the nadir</source>
            <translation>%1: mindestens 20% und 5 mm über dem Nadir</translation>
        </message>
        <message>
            <source>sum %1 is %2 from the baseline %3: at least 30% smaller</source>
            <translation>Summe %1 ist %2 gegenüber der Baseline %3: mindestens 30% kleiner</translation>
        </message>
        <message>
            <source>%1 from baseline (PR needs -30%)</source>
            <translation>%1 gegenüber Baseline (PR erfordert -30%)</translation>
        </message>
        <message>
            <source>; %1: at least 20% but under 5 mm, not PD</source>
            <translation>; %1: mindestens 20%, aber unter 5 mm, keine PD</translation>
        </message>
        <message>
            <source>; %1 (PD needs +20% and +5 mm)</source>
            <translation>; %1 (PD erfordert +20% und +5 mm)</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::TimepointSelector</name>
        <message>
            <source>BodyPartExamined</source>
            <translation>BodyPartExamined</translation>
        </message>
        <message>
            <source>study description</source>
            <translation>Untersuchungsbeschreibung</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>series descriptions</source>
            <translation>Serienbeschreibungen</translation>
        </message>
        <message>
            <source>the current study %1 is not among the patient's studies</source>
            <translation>die aktuelle Untersuchung %1 ist nicht unter den Untersuchungen des Patienten</translation>
        </message>
        <message>
            <source>no dated study with images</source>
            <translation>keine datierte Untersuchung mit Bildern</translation>
        </message>
        <message>
            <source>current study %1: %2, regions %3 (from %4)</source>
            <translation>aktuelle Untersuchung %1: %2, Regionen %3 (aus %4)</translation>
        </message>
        <message>
            <source>%1 left out: another patient (ID or issuer differs)</source>
            <translation>%1 ausgelassen: anderer Patient (ID oder Aussteller weicht ab)</translation>
        </message>
        <message>
            <source>%1 left out: not dated before the current study</source>
            <translation>%1 ausgelassen: nicht vor der aktuellen Untersuchung datiert</translation>
        </message>
        <message>
            <source>%1 left out: no %2 images</source>
            <translation>%1 ausgelassen: keine %2-Bilder</translation>
        </message>
        <message>
            <source>%1 left out: body region %2, current %3</source>
            <translation>%1 ausgelassen: Körperregion %2, aktuell %3</translation>
        </message>
        <message>
            <source>%1 %2 (%3) left out: only the %4 most recent priors are compared</source>
            <translation>%1 %2 (%3) ausgelassen: Nur die %4 neuesten Voruntersuchungen werden verglichen</translation>
        </message>
        <message>
            <source>study %1 is not in the catalog</source>
            <translation>Untersuchung %1 ist nicht im Katalog</translation>
        </message>
        <message>
            <source>%1 left out: at most %2 priors</source>
            <translation>%1 ausgelassen: höchstens %2 Voruntersuchungen</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::AlignmentPolicy</name>
        <message>
            <source>the registration of frame %1 is %2, only RIGID is supported</source>
            <translation>die Registrierung von Frame %1 ist %2, nur RIGID wird unterstützt</translation>
        </message>
        <message>
            <source>the matrix of frame %1 is declared RIGID but is not a rotation and translation</source>
            <translation>die Matrix von Frame %1 ist als RIGID deklariert, ist aber keine Rotation und Translation</translation>
        </message>
        <message>
            <source>it does not cover frame %1</source>
            <translation>sie deckt Frame %1 nicht ab</translation>
        </message>
        <message>
            <source>a series has no frame of reference UID: treated as unregistered</source>
            <translation>eine Serie hat keine Frame of Reference UID: als nicht registriert behandelt</translation>
        </message>
        <message>
            <source>same frame of reference within one study</source>
            <translation>gleicher Frame of Reference innerhalb einer Untersuchung</translation>
        </message>
        <message>
            <source>same frame of reference UID on studies of different dates: treated as unregistered</source>
            <translation>gleiche Frame of Reference UID in Untersuchungen verschiedenen Datums: als nicht registriert behandelt</translation>
        </message>
        <message>
            <source>related by the Spatial Registration object %1</source>
            <translation>verknüpft durch das Spatial-Registration-Objekt %1</translation>
        </message>
        <message>
            <source>Spatial Registration object %1 not used: %2</source>
            <translation>Spatial-Registration-Objekt %1 nicht verwendet: %2</translation>
        </message>
        <message>
            <source>different frames of reference and no Spatial Registration object relates them</source>
            <translation>verschiedene Frames of Reference, und kein Spatial-Registration-Objekt verknüpft sie</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::PatientVolume</name>
        <message>
            <source>The series is not one regular volume</source>
            <translation>Die Serie ist kein reguläres Volumen</translation>
        </message>
        <message>
            <source>Only greyscale volumes can be registered.</source>
            <translation>Nur Graustufenvolumen können registriert werden.</translation>
        </message>
        <message>
            <source>The series has no usable pixel or slice spacing.</source>
            <translation>Die Serie hat keinen verwendbaren Pixel- oder Schichtabstand.</translation>
        </message>
        <message>
            <source>Slice %1 could not be decoded: %2</source>
            <translation>Schicht %1 konnte nicht dekodiert werden: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::RigidRegistration</name>
        <message>
            <source>Both volumes must hold voxels.</source>
            <translation>Beide Volumen müssen Voxel enthalten.</translation>
        </message>
        <message>
            <source>Every resolution level needs a shrink factor and a smoothing sigma.</source>
            <translation>Jede Auflösungsstufe benötigt einen Verkleinerungsfaktor und ein Glättungs-Sigma.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Registration failed: %1</source>
            <translation>Registrierung fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::RigidTransform</name>
        <message>
            <source>not a rigid transform document (format is not "continuum-rigid-transform")</source>
            <translation>kein Dokument einer starren Transformation (Format ist nicht "continuum-rigid-transform")</translation>
        </message>
        <message>
            <source>unsupported rigid transform version %1</source>
            <translation>nicht unterstützte Version %1 der starren Transformation</translation>
        </message>
        <message>
            <source>the matrix needs 16 numbers, found %1</source>
            <translation>die Matrix benötigt 16 Zahlen, gefunden %1</translation>
        </message>
        <message>
            <source>matrix value %1 is not a number</source>
            <translation>Matrixwert %1 ist keine Zahl</translation>
        </message>
        <message>
            <source>the matrix is not a rigid transform (rotation and translation only)</source>
            <translation>die Matrix ist keine starre Transformation (nur Rotation und Translation)</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::SpatialRegistrationReader</name>
        <message>
            <source>%1 is not a readable DICOM file.</source>
            <translation>%1 ist keine lesbare DICOM-Datei.</translation>
        </message>
        <message>
            <source>%1 is not a Spatial Registration object.</source>
            <translation>%1 ist kein Spatial-Registration-Objekt.</translation>
        </message>
        <message>
            <source>The Spatial Registration object has no Registration Sequence.</source>
            <translation>Das Spatial-Registration-Objekt hat keine Registration Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Frame of Reference UID.</source>
            <translation>Registrierungseintrag %1 hat keine Frame of Reference UID.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Matrix Registration Sequence.</source>
            <translation>Registrierungseintrag %1 hat keine Matrix Registration Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Matrix Sequence.</source>
            <translation>Registrierungseintrag %1 hat keine Matrix Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has a transformation matrix without 16 numbers.</source>
            <translation>Registrierungseintrag %1 hat eine Transformationsmatrix ohne 16 Zahlen.</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::SpatialRegistrationWriter</name>
        <message>
            <source>Both series need a Frame of Reference UID to be registered in DICOM.</source>
            <translation>Beide Serien benötigen eine Frame of Reference UID, um in DICOM registriert zu werden.</translation>
        </message>
        <message>
            <source>The two series share one Frame of Reference UID: a Spatial Registration object cannot tell them apart.</source>
            <translation>Die beiden Serien teilen sich eine Frame of Reference UID: Ein Spatial-Registration-Objekt kann sie nicht unterscheiden.</translation>
        </message>
        <message>
            <source>The content label must be 1 to 16 characters of A-Z, 0-9, underscore and space.</source>
            <translation>Das Content Label muss aus 1 bis 16 Zeichen aus A-Z, 0-9, Unterstrich und Leerzeichen bestehen.</translation>
        </message>
        <message>
            <source>The fixed series has no Study Instance UID.</source>
            <translation>Die feste Serie hat keine Study Instance UID.</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote</name>
        <message>
            <source>%1 is a DICOMweb node, not a DIMSE node</source>
            <translation>%1 ist ein DICOMweb-Knoten, kein DIMSE-Knoten</translation>
        </message>
        <message>
            <source>cannot prepare %1: %2</source>
            <translation>%1 kann nicht vorbereitet werden: %2</translation>
        </message>
        <message>
            <source>cannot use TLS with %1: %2</source>
            <translation>TLS kann mit %1 nicht verwendet werden: %2</translation>
        </message>
        <message>
            <source>C-ECHO</source>
            <translation>C-ECHO</translation>
        </message>
        <message>
            <source>C-ECHO to %1 succeeded (%2 ms, calling AE %3)</source>
            <translation>C-ECHO an %1 erfolgreich (%2 ms, Calling AE %3)</translation>
        </message>
        <message>
            <source>the query</source>
            <translation>die Abfrage</translation>
        </message>
        <message>
            <source>a series query needs the study instance UID</source>
            <translation>eine Serienabfrage benötigt die Study Instance UID</translation>
        </message>
        <message>
            <source>an image query needs the study and series instance UIDs</source>
            <translation>eine Bildabfrage benötigt die Study und Series Instance UIDs</translation>
        </message>
        <message>
            <source>query cancelled after %1 matches</source>
            <translation>Abfrage nach %1 Treffern abgebrochen</translation>
        </message>
        <message>
            <source>%1 refused the query: %2</source>
            <translation>%1 hat die Abfrage abgelehnt: %2</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 Treffer</translation>
        </message>
        <message>
            <source>the C-MOVE retrieve</source>
            <translation>der C-MOVE-Abruf</translation>
        </message>
        <message>
            <source>the C-GET retrieve</source>
            <translation>der C-GET-Abruf</translation>
        </message>
        <message>
            <source>a retrieve needs a study instance UID and a destination folder</source>
            <translation>ein Abruf benötigt eine Study Instance UID und einen Zielordner</translation>
        </message>
        <message>
            <source>a retrieve of single instances needs their series instance UID</source>
            <translation>ein Abruf einzelner Instanzen benötigt deren Series Instance UID</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>retrieve cancelled before it started</source>
            <translation>Abruf vor dem Start abgebrochen</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>in %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 of %2 instances</source>
            <translation>%1 von %2 Instanzen</translation>
        </message>
        <message>
            <source>%1 instances</source>
            <translation>%1 Instanzen</translation>
        </message>
        <message>
            <source>retrieve cancelled after %1</source>
            <translation>Abruf nach %1 abgebrochen</translation>
        </message>
        <message>
            <source>%1 received instances could not be stored: %2</source>
            <translation>%1 empfangene Instanzen konnten nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>%1 cancelled the retrieve after %2</source>
            <translation>%1 hat den Abruf nach %2 abgebrochen</translation>
        </message>
        <message>
            <source>%1 has no instances of %2 %3</source>
            <translation>%1 hat keine Instanzen von %2 %3</translation>
        </message>
        <message>
            <source>study</source>
            <translation>Untersuchung</translation>
        </message>
        <message>
            <source>series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>%1 could not send everything (%2 failed, %3 received): %4</source>
            <translation>%1 konnte nicht alles senden (%2 fehlgeschlagen, %3 empfangen): %4</translation>
        </message>
        <message>
            <source>retrieved %1 into %2</source>
            <translation>%1 nach %2 abgerufen</translation>
        </message>
        <message>
            <source>the send</source>
            <translation>das Senden</translation>
        </message>
        <message>
            <source>%1: not a DICOM Part 10 file with a SOP class and transfer syntax%2</source>
            <translation>%1: keine DICOM-Part-10-Datei mit SOP Class und Transfer Syntax%2</translation>
        </message>
        <message>
            <source>%1: %2 does not accept SOP class %3 in transfer syntax %4</source>
            <translation>%1: %2 akzeptiert SOP Class %3 nicht in Transfer Syntax %4</translation>
        </message>
        <message>
            <source>%1: refused by %2: %3</source>
            <translation>%1: abgelehnt von %2: %3</translation>
        </message>
        <message>
            <source>send cancelled after %1 of %2 files</source>
            <translation>Senden nach %1 von %2 Dateien abgebrochen</translation>
        </message>
        <message>
            <source>%1 of %2 files were not stored on %3</source>
            <translation>%1 von %2 Dateien wurden nicht auf %3 gespeichert</translation>
        </message>
        <message>
            <source>sent %1 files to %2</source>
            <translation>%1 Dateien an %2 gesendet</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::CredentialStore</name>
        <message>
            <source>the desktop keyring</source>
            <translation>der Schlüsselbund des Desktops</translation>
        </message>
        <message>
            <source>memory only, until the program ends (no desktop keyring: %1)</source>
            <translation>nur im Arbeitsspeicher, bis das Programm endet (kein Schlüsselbund des Desktops: %1)</translation>
        </message>
        <message>
            <source>saved in the desktop keyring</source>
            <translation>im Schlüsselbund des Desktops gespeichert</translation>
        </message>
        <message>
            <source>the desktop keyring did not save it (%1); kept in memory until the program ends</source>
            <translation>der Schlüsselbund des Desktops hat es nicht gespeichert (%1); bis zum Programmende im Arbeitsspeicher aufbewahrt</translation>
        </message>
        <message>
            <source>kept in memory only, until the program ends (no desktop keyring)</source>
            <translation>nur im Arbeitsspeicher aufbewahrt, bis das Programm endet (kein Schlüsselbund des Desktops)</translation>
        </message>
        <message>
            <source>the desktop keyring did not delete it: %1</source>
            <translation>der Schlüsselbund des Desktops hat es nicht gelöscht: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::DicomWebClient</name>
        <message>
            <source>out of resources</source>
            <translation>keine Ressourcen mehr</translation>
        </message>
        <message>
            <source>the data set does not match the SOP class</source>
            <translation>der Datensatz passt nicht zur SOP Class</translation>
        </message>
        <message>
            <source>cannot understand the data set</source>
            <translation>der Datensatz ist nicht verständlich</translation>
        </message>
        <message>
            <source>processing failure</source>
            <translation>Verarbeitungsfehler</translation>
        </message>
        <message>
            <source>SOP class not supported</source>
            <translation>SOP Class nicht unterstützt</translation>
        </message>
        <message>
            <source>not authorized</source>
            <translation>nicht autorisiert</translation>
        </message>
        <message>
            <source>failure</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>%1 answered, but not with DICOM JSON: is this the DICOMweb base url?</source>
            <translation>%1 hat geantwortet, aber nicht mit DICOM JSON: Ist dies die DICOMweb-Basis-URL?</translation>
        </message>
        <message>
            <source>QIDO-RS search on %1 succeeded (%2 ms)</source>
            <translation>QIDO-RS-Suche auf %1 erfolgreich (%2 ms)</translation>
        </message>
        <message>
            <source>"%1" is not a DICOM UID</source>
            <translation>„%1“ ist keine DICOM-UID</translation>
        </message>
        <message>
            <source>%1 did not answer the search with DICOM JSON</source>
            <translation>%1 hat die Suche nicht mit DICOM JSON beantwortet</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 Treffer</translation>
        </message>
        <message>
            <source>listing instances needs the study and series instance UIDs</source>
            <translation>das Auflisten von Instanzen benötigt die Study und Series Instance UIDs</translation>
        </message>
        <message>
            <source>%1 instances</source>
            <translation>%1 Instanzen</translation>
        </message>
        <message>
            <source>a retrieve needs a study instance UID and a destination folder</source>
            <translation>ein Abruf benötigt eine Study Instance UID und einen Zielordner</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>a retrieve of single instances needs their series and valid SOP instance UIDs</source>
            <translation>ein Abruf einzelner Instanzen benötigt deren Series UID und gültige SOP Instance UIDs</translation>
        </message>
        <message>
            <source>%1 has no instances of %2 %3</source>
            <translation>%1 hat keine Instanzen von %2 %3</translation>
        </message>
        <message>
            <source>study</source>
            <translation>Untersuchung</translation>
        </message>
        <message>
            <source>series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>in %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 did not answer with multipart DICOM (Content-Type "%2")</source>
            <translation>%1 hat nicht mit Multipart-DICOM geantwortet (Content-Type „%2“)</translation>
        </message>
        <message>
            <source>%1 of %2 instances</source>
            <translation>%1 von %2 Instanzen</translation>
        </message>
        <message>
            <source>retrieve cancelled after %1</source>
            <translation>Abruf nach %1 abgebrochen</translation>
        </message>
        <message>
            <source>the answer of %1 is not valid multipart: %2</source>
            <translation>die Antwort von %1 ist kein gültiges Multipart: %2</translation>
        </message>
        <message>
            <source>%1 (%2 received)</source>
            <translation>%1 (%2 empfangen)</translation>
        </message>
        <message>
            <source>%1 sent an empty answer</source>
            <translation>%1 hat eine leere Antwort gesendet</translation>
        </message>
        <message>
            <source>the answer of %1 was cut short: %2</source>
            <translation>die Antwort von %1 wurde abgeschnitten: %2</translation>
        </message>
        <message>
            <source>%1 received instances could not be stored: %2</source>
            <translation>%1 empfangene Instanzen konnten nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>%1 sent %2 parts that are not DICOM Part 10 files (parts %3)</source>
            <translation>%1 hat %2 Teile gesendet, die keine DICOM-Part-10-Dateien sind (Teile %3)</translation>
        </message>
        <message>
            <source>retrieved %1 into %2</source>
            <translation>%1 nach %2 abgerufen</translation>
        </message>
        <message>
            <source>%1: not a DICOM Part 10 file with a SOP class and transfer syntax</source>
            <translation>%1: keine DICOM-Part-10-Datei mit SOP Class und Transfer Syntax</translation>
        </message>
        <message>
            <source>send cancelled after %1 of %2 files</source>
            <translation>Senden nach %1 von %2 Dateien abgebrochen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: refused by %2: %3 (0x%4)</source>
            <translation>%1: abgelehnt von %2: %3 (0x%4)</translation>
        </message>
        <message>
            <source>%1: not stored by %2 (%3)</source>
            <translation>%1: von %2 nicht gespeichert (%3)</translation>
        </message>
        <message>
            <source>not in the answer</source>
            <translation>nicht in der Antwort</translation>
        </message>
        <message>
            <source>%1 of %2 files were not stored on %3</source>
            <translation>%1 von %2 Dateien wurden nicht auf %3 gespeichert</translation>
        </message>
        <message>
            <source>sent %1 files to %2</source>
            <translation>%1 Dateien an %2 gesendet</translation>
        </message>
        <message>
            <source>%1 is a DIMSE node, not a DICOMweb node</source>
            <translation>%1 ist ein DIMSE-Knoten, kein DICOMweb-Knoten</translation>
        </message>
        <message>
            <source>the url of node "%1" is not an http:// or https:// address</source>
            <translation>die URL von Knoten „%1“ ist keine http://- oder https://-Adresse</translation>
        </message>
        <message>
            <source>the url of node "%1" contains a password: give the user as "user" and the password through the keyring or the command line</source>
            <translation>die URL von Knoten „%1“ enthält ein Passwort: Geben Sie den Benutzer als "user" an und das Passwort über den Schlüsselbund oder die Befehlszeile</translation>
        </message>
        <message>
            <source>node "%1" uses basic authentication but no password was given</source>
            <translation>Knoten „%1“ verwendet Basic-Authentifizierung, aber es wurde kein Passwort angegeben</translation>
        </message>
        <message>
            <source>node "%1" uses bearer authentication but no token was given</source>
            <translation>Knoten „%1“ verwendet Bearer-Authentifizierung, aber es wurde kein Token angegeben</translation>
        </message>
        <message>
            <source>no PEM certificate could be read from %1 ("caCertificates" of node "%2")</source>
            <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden ("caCertificates" von Knoten „%2“)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s</source>
            <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
        </message>
        <message>
            <source>the TLS certificate of %1 was refused: %2</source>
            <translation>das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
        </message>
        <message>
            <source>%1 refused the credentials of user "%2" (HTTP 401): check the user name and password</source>
            <translation>%1 hat die Anmeldedaten von Benutzer „%2“ abgelehnt (HTTP 401): Prüfen Sie Benutzername und Passwort</translation>
        </message>
        <message>
            <source>%1 refused the token (HTTP 401): it may have expired</source>
            <translation>%1 hat das Token abgelehnt (HTTP 401): Es ist möglicherweise abgelaufen</translation>
        </message>
        <message>
            <source>%1 asks for credentials (HTTP 401): set "authentication" for node "%2"</source>
            <translation>%1 verlangt Anmeldedaten (HTTP 401): Legen Sie "authentication" für Knoten „%2“ fest</translation>
        </message>
        <message>
            <source>%1 refused access (HTTP 403): these credentials are not allowed to do this</source>
            <translation>%1 hat den Zugriff verweigert (HTTP 403): Diese Anmeldedaten berechtigen nicht dazu</translation>
        </message>
        <message>
            <source>%1 was not found on the server (HTTP 404): check the node's url</source>
            <translation>%1 wurde auf dem Server nicht gefunden (HTTP 404): Prüfen Sie die URL des Knotens</translation>
        </message>
        <message>
            <source>%1 answered HTTP %2 %3%4</source>
            <translation>%1 hat mit HTTP %2 %3%4 geantwortet</translation>
        </message>
        <message>
            <source>connection refused by %1 (nothing listens there?)</source>
            <translation>Verbindung von %1 abgelehnt (lauscht dort nichts?)</translation>
        </message>
        <message>
            <source>the host name "%1" cannot be resolved</source>
            <translation>der Hostname „%1“ kann nicht aufgelöst werden</translation>
        </message>
        <message>
            <source>%1 closed the connection before answering completely</source>
            <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
        </message>
        <message>
            <source>cannot reach %1: %2</source>
            <translation>%1 ist nicht erreichbar: %2</translation>
        </message>
        <message>
            <source>talking to %1 failed: %2</source>
            <translation>Kommunikation mit %1 fehlgeschlagen: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::InstanceFiler</name>
        <message>
            <source>cannot store %1 in %2: %3</source>
            <translation>%1 kann nicht in %2 gespeichert werden: %3</translation>
        </message>
        <message>
            <source>too many different files named %1 in %2</source>
            <translation>zu viele verschiedene Dateien namens %1 in %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::MultipartStreamParser</name>
        <message>
            <source>the multipart answer has no boundary</source>
            <translation>die Multipart-Antwort hat keine Boundary</translation>
        </message>
        <message>
            <source>the multipart answer ended before its closing boundary (after 1 complete part)</source>
            <translation>die Multipart-Antwort endete vor ihrer abschließenden Boundary (nach 1 vollständigen Teil)</translation>
        </message>
        <message>
            <source>the multipart answer ended before its closing boundary (after %1 complete parts)</source>
            <translation>die Multipart-Antwort endete vor ihrer abschließenden Boundary (nach %1 vollständigen Teilen)</translation>
        </message>
        <message>
            <source>a part header line has no field name: "%1"</source>
            <translation>eine Header-Zeile eines Teils hat keinen Feldnamen: „%1“</translation>
        </message>
        <message>
            <source>a part has an invalid Content-Length "%1"</source>
            <translation>ein Teil hat eine ungültige Content-Length „%1“</translation>
        </message>
        <message>
            <source>a boundary line is not followed by a line break</source>
            <translation>auf eine Boundary-Zeile folgt kein Zeilenumbruch</translation>
        </message>
        <message>
            <source>unexpected text after a boundary</source>
            <translation>unerwarteter Text nach einer Boundary</translation>
        </message>
        <message>
            <source>a part's headers are longer than %1 bytes</source>
            <translation>die Header eines Teils sind länger als %1 Byte</translation>
        </message>
        <message>
            <source>a part is longer than its Content-Length (%1 bytes)</source>
            <translation>ein Teil ist länger als seine Content-Length (%1 Byte)</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::NodeDirectory</name>
        <message>
            <source>unknown key "%1" (allowed: %2)</source>
            <translation>unbekannter Schlüssel „%1“ (erlaubt: %2)</translation>
        </message>
        <message>
            <source>"port" must be a whole number from 1 to 65535</source>
            <translation>"port" muss eine ganze Zahl von 1 bis 65535 sein</translation>
        </message>
        <message>
            <source>"timeoutSeconds" must be a whole number from 1 to 3600</source>
            <translation>"timeoutSeconds" muss eine ganze Zahl von 1 bis 3600 sein</translation>
        </message>
        <message>
            <source>"tls" must be an object</source>
            <translation>"tls" muss ein Objekt sein</translation>
        </message>
        <message>
            <source>tls: %1</source>
            <translation>tls: %1</translation>
        </message>
        <message>
            <source>tls: "%1" must be true or false</source>
            <translation>tls: "%1" muss true oder false sein</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" must be a PEM file or a list of PEM files</source>
            <translation>tls: "trustedCertificates" muss eine PEM-Datei oder eine Liste von PEM-Dateien sein</translation>
        </message>
        <message>
            <source>tls: "certificate" and "privateKey" go together (the key's password is never stored in this file)</source>
            <translation>tls: "certificate" und "privateKey" gehören zusammen (das Passwort des Schlüssels wird nie in dieser Datei gespeichert)</translation>
        </message>
        <message>
            <source>tls: our listener needs "certificate" and "privateKey"</source>
            <translation>tls: unser Listener benötigt "certificate" und "privateKey"</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" (the callers' CA) is needed to check callers, or set "verifyPeer": false</source>
            <translation>tls: "trustedCertificates" (die CA der Aufrufer) ist zur Prüfung der Aufrufer erforderlich, oder setzen Sie "verifyPeer": false</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" (the server's CA) is needed to check the server, or set "verifyPeer": false</source>
            <translation>tls: "trustedCertificates" (die CA des Servers) ist zur Prüfung des Servers erforderlich, oder setzen Sie "verifyPeer": false</translation>
        </message>
        <message>
            <source>"receive" must be true or false</source>
            <translation>"receive" muss true oder false sein</translation>
        </message>
        <message>
            <source>"aeTitle" must be 1 to 16 printable ASCII characters without a backslash</source>
            <translation>"aeTitle" muss aus 1 bis 16 druckbaren ASCII-Zeichen ohne Backslash bestehen</translation>
        </message>
        <message>
            <source>"allowedCallers" must be a list of AE titles</source>
            <translation>"allowedCallers" muss eine Liste von AE-Titeln sein</translation>
        </message>
        <message>
            <source>"name" is missing</source>
            <translation>"name" fehlt</translation>
        </message>
        <message>
            <source>"retrieve" must be "get" or "move"</source>
            <translation>"retrieve" muss "get" oder "move" sein</translation>
        </message>
        <message>
            <source>"worklist" must be true or false</source>
            <translation>"worklist" muss true oder false sein</translation>
        </message>
        <message>
            <source>"host" is missing</source>
            <translation>"host" fehlt</translation>
        </message>
        <message>
            <source>"port" is missing</source>
            <translation>"port" fehlt</translation>
        </message>
        <message>
            <source>"url" must start with http:// or https://</source>
            <translation>"url" muss mit http:// oder https:// beginnen</translation>
        </message>
        <message>
            <source>"authentication" must be "none", "basic" or "bearer"</source>
            <translation>"authentication" muss "none", "basic" oder "bearer" sein</translation>
        </message>
        <message>
            <source>basic authentication needs "user" (the password is never stored in this file)</source>
            <translation>Basic-Authentifizierung benötigt "user" (das Passwort wird nie in dieser Datei gespeichert)</translation>
        </message>
        <message>
            <source>"caCertificates" must name a PEM file of trusted CA certificates</source>
            <translation>"caCertificates" muss eine PEM-Datei mit vertrauenswürdigen CA-Zertifikaten angeben</translation>
        </message>
        <message>
            <source>"kind" must be "dimse" or "dicomweb"</source>
            <translation>"kind" muss "dimse" oder "dicomweb" sein</translation>
        </message>
        <message>
            <source>cannot read the nodes file %1: %2</source>
            <translation>die Knotendatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>cannot create the folder of %1</source>
            <translation>der Ordner von %1 kann nicht erstellt werden</translation>
        </message>
        <message>
            <source>cannot write the nodes file %1: %2</source>
            <translation>die Knotendatei %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2: %3</source>
            <translation>%1: kein gültiges JSON bei Byte %2: %3</translation>
        </message>
        <message>
            <source>%1: the top level must be an object with "nodes"</source>
            <translation>%1: Die oberste Ebene muss ein Objekt mit "nodes" sein</translation>
        </message>
        <message>
            <source>%1: "local" must be an object</source>
            <translation>%1: "local" muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1: local: %2</source>
            <translation>%1: local: %2</translation>
        </message>
        <message>
            <source>%1: "nodes" must be a list</source>
            <translation>%1: "nodes" muss eine Liste sein</translation>
        </message>
        <message>
            <source>%1: node %2 is not an object</source>
            <translation>%1: Knoten %2 ist kein Objekt</translation>
        </message>
        <message>
            <source>%1: node %2%3: %4</source>
            <translation>%1: Knoten %2%3: %4</translation>
        </message>
        <message>
            <source>%1: node %2: the name "%3" is used twice</source>
            <translation>%1: Knoten %2: Der Name „%3“ wird doppelt verwendet</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::StowRequestBody</name>
        <message>
            <source>%1: cannot read the file</source>
            <translation>%1: Die Datei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1 changed while it was being sent</source>
            <translation>%1 hat sich während des Sendens geändert</translation>
        </message>
    </context>
    <context>
        <name>continuum::render::CineViewport</name>
        <message>
            <source>Frame %1 / %2</source>
            <translation>Frame %1 / %2</translation>
        </message>
        <message>
            <source>Frame %1: %2</source>
            <translation>Frame %1: %2</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <translation>Ausgelassen: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::render::MprView</name>
        <message>
            <source>%1 %2 mm</source>
            <translation>%1 %2 mm</translation>
        </message>
        <message>
            <source>%1 = %2 mm</source>
            <translation>%1 = %2 mm</translation>
        </message>
        <message>
            <source>W %1 L %2</source>
            <translation>W %1 L %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::timeline</name>
        <message>
            <source>the local catalog is not open</source>
            <translation>der lokale Katalog ist nicht geöffnet</translation>
        </message>
        <message>
            <source>local catalog</source>
            <translation>lokaler Katalog</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>On PACS</source>
            <translation>Im PACS</translation>
        </message>
        <message>
            <source>Retrieving</source>
            <translation>Wird abgerufen</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Unvollständig</translation>
        </message>
        <message>
            <source>Patient name differs (%1): "%2" instead of "%3"</source>
            <translation>Patientenname weicht ab (%1): „%2“ statt „%3“</translation>
        </message>
        <message>
            <source>Birth date differs (%1): %2 instead of %3</source>
            <translation>Geburtsdatum weicht ab (%1): %2 statt %3</translation>
        </message>
    </context>
    <context>
        <name>continuum::timeline::Department</name>
        <message>
            <source>Radiology</source>
            <translation>Radiologie</translation>
        </message>
        <message>
            <source>Cardiology</source>
            <translation>Kardiologie</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Onkologie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
    </context>
    <context>
        <name>continuum::timeline::DepartmentMapping</name>
        <message>
            <source>the mapping must be a JSON object</source>
            <translation>die Zuordnung muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>unknown key "%1" (expected format, version, comment, fallback, rules)</source>
            <translation>unbekannter Schlüssel „%1“ (erwartet: format, version, comment, fallback, rules)</translation>
        </message>
        <message>
            <source>"format" must be "%1"</source>
            <translation>"format" muss „%1“ sein</translation>
        </message>
        <message>
            <source>unsupported "version" (this Continuum reads version 1)</source>
            <translation>nicht unterstützte "version" (dieses Continuum liest Version 1)</translation>
        </message>
        <message>
            <source>"fallback" must be radiology, cardiology, oncology or other</source>
            <translation>"fallback" muss radiology, cardiology, oncology oder other sein</translation>
        </message>
        <message>
            <source>"rules" must be an array of rule objects</source>
            <translation>"rules" muss ein Array von Regelobjekten sein</translation>
        </message>
        <message>
            <source>rule %1: %2</source>
            <translation>Regel %1: %2</translation>
        </message>
        <message>
            <source>a rule must be an object</source>
            <translation>eine Regel muss ein Objekt sein</translation>
        </message>
        <message>
            <source>unknown key "%1" (expected modalities, sopClasses, studyDescription, department, comment)</source>
            <translation>unbekannter Schlüssel „%1“ (erwartet: modalities, sopClasses, studyDescription, department, comment)</translation>
        </message>
        <message>
            <source>"modalities" must be a non-empty list of modality codes</source>
            <translation>"modalities" muss eine nicht leere Liste von Modalitätscodes sein</translation>
        </message>
        <message>
            <source>"sopClasses" must be a non-empty list of SOP Class UIDs</source>
            <translation>"sopClasses" muss eine nicht leere Liste von SOP Class UIDs sein</translation>
        </message>
        <message>
            <source>"studyDescription" must be a regular expression</source>
            <translation>"studyDescription" muss ein regulärer Ausdruck sein</translation>
        </message>
        <message>
            <source>invalid regular expression "%1": %2</source>
            <translation>ungültiger regulärer Ausdruck „%1“: %2</translation>
        </message>
        <message>
            <source>a rule needs at least one of modalities, sopClasses, studyDescription</source>
            <translation>eine Regel benötigt mindestens eines von modalities, sopClasses, studyDescription</translation>
        </message>
        <message>
            <source>unknown department "%1" (expected radiology, cardiology, oncology, other or images)</source>
            <translation>unbekannte Abteilung „%1“ (erwartet: radiology, cardiology, oncology, other oder images)</translation>
        </message>
    </context>
    <context>
        <name>continuum::worklist</name>
        <message>
            <source>%1 rejected the connection: check the called AE title "%2" and that it knows the calling AE title "%3".</source>
            <translation>%1 hat die Verbindung abgelehnt: Prüfen Sie den Called AE Title „%2“ und ob er den Calling AE Title „%3“ kennt.</translation>
        </message>
        <message>
            <source>%1 accepted the connection but does not offer the modality worklist service.</source>
            <translation>%1 hat die Verbindung angenommen, bietet aber den Modality-Worklist-Dienst nicht an.</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s during %3.</source>
            <translation>%1 hat während %3 nicht innerhalb von %2 s geantwortet.</translation>
        </message>
        <message>
            <source>Connection refused by %1:%2: nothing listens on that port.</source>
            <translation>Verbindung von %1:%2 abgelehnt: Auf diesem Port lauscht nichts.</translation>
        </message>
        <message>
            <source>%1:%2 did not answer within %3 s.</source>
            <translation>%1:%2 hat nicht innerhalb von %3 s geantwortet.</translation>
        </message>
        <message>
            <source>Cannot connect to %1:%2 (%3).</source>
            <translation>Verbindung zu %1:%2 nicht möglich (%3).</translation>
        </message>
        <message>
            <source>%1 failed during %2: %3</source>
            <translation>%1 ist während %2 fehlgeschlagen: %3</translation>
        </message>
        <message>
            <source>"%1" must be a list</source>
            <translation>"%1" muss eine Liste sein</translation>
        </message>
        <message>
            <source>unknown value "%1" in "%2"</source>
            <translation>unbekannter Wert „%1“ in "%2"</translation>
        </message>
        <message>
            <source>network setup</source>
            <translation>Netzwerkeinrichtung</translation>
        </message>
        <message>
            <source>Cannot use DICOM TLS with %1: %2</source>
            <translation>DICOM TLS kann mit %1 nicht verwendet werden: %2</translation>
        </message>
        <message>
            <source>association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>the worklist query</source>
            <translation>die Arbeitslisten-Abfrage</translation>
        </message>
        <message>
            <source>%1 answered the worklist query with status 0x%2.</source>
            <translation>%1 hat die Arbeitslisten-Abfrage mit Status 0x%2 beantwortet.</translation>
        </message>
        <message>
            <source>"daysBack" needs "from" &gt;= "to" &gt;= 0 (days before today)</source>
            <translation>"daysBack" benötigt "from" &gt;= "to" &gt;= 0 (Tage vor heute)</translation>
        </message>
        <message>
            <source>The local catalog is not open.</source>
            <translation>Der lokale Katalog ist nicht geöffnet.</translation>
        </message>
        <message>
            <source>Only studies in the local catalog have a reading status; retrieve the study first.</source>
            <translation>Nur Untersuchungen im lokalen Katalog haben einen Befundungsstatus; rufen Sie die Untersuchung zuerst ab.</translation>
        </message>
        <message>
            <source>Only studies in the local catalog keep a priority; retrieve the study first.</source>
            <translation>Nur Untersuchungen im lokalen Katalog behalten eine Priorität; rufen Sie die Untersuchung zuerst ab.</translation>
        </message>
        <message>
            <source>not a worklist preset file ("format" must be "%1")</source>
            <translation>keine Datei mit Arbeitslisten-Voreinstellungen ("format" muss „%1“ sein)</translation>
        </message>
        <message>
            <source>unsupported version %1</source>
            <translation>nicht unterstützte Version %1</translation>
        </message>
        <message>
            <source>a preset has no name</source>
            <translation>eine Voreinstellung hat keinen Namen</translation>
        </message>
        <message>
            <source>preset "%1": %2</source>
            <translation>Voreinstellung „%1“: %2</translation>
        </message>
        <message>
            <source>the bundled worklist presets are missing</source>
            <translation>die mitgelieferten Arbeitslisten-Voreinstellungen fehlen</translation>
        </message>
        <message>
            <source>A preset needs a name.</source>
            <translation>Eine Voreinstellung benötigt einen Namen.</translation>
        </message>
        <message>
            <source>"%1" is not one of your presets.</source>
            <translation>„%1“ ist keine Ihrer Voreinstellungen.</translation>
        </message>
        <message>
            <source>No file for user presets.</source>
            <translation>Keine Datei für Benutzervoreinstellungen.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::worklist::WorklistTableModel</name>
        <message>
            <source>STAT</source>
            <translation>Notfall</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Unbefundet</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Befundung</translation>
        </message>
        <message>
            <source>In progress: %1</source>
            <translation>In Befundung: %1</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Befundet</translation>
        </message>
        <message>
            <source>Read: %1</source>
            <translation>Befundet: %1</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>Local, also on %1</source>
            <translation>Lokal, auch auf %1</translation>
        </message>
        <message>
            <source>On %1</source>
            <translation>Auf %1</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 seit %2</translation>
        </message>
        <message>
            <source>Patient ID %1, accession %2</source>
            <translation>Patienten-ID %1, Accession Number %2</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Age/Sex</source>
            <translation>Alter/Geschl.</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalität</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Date/Time</source>
            <translation>Datum/Uhrzeit</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Speicherort</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Cannot create the demo studies in %1: %2</source>
            <translation>Die Demo-Untersuchungen können nicht in %1 erstellt werden: %2</translation>
        </message>
    </context>
</TS>
