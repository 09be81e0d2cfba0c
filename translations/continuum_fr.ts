<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ArchiveStudySource</name>
        <message>
            <source>The patient has no ID, so %1 was not asked.</source>
            <translation>Le patient n’a pas d’identifiant, %1 n’a donc pas été interrogé.</translation>
        </message>
    </context>
    <context>
        <name>BeatPhaseMapper</name>
        <message numerus="yes">
            <source>%n beat(s) from R waves</source>
            <translation>
                <numerusform>%n battement à partir des ondes R</numerusform>
                <numerusform>%n battements à partir des ondes R</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from marked end-diastolic frames</source>
            <translation>
                <numerusform>%n battement à partir des images télédiastoliques marquées</numerusform>
                <numerusform>%n battements à partir des images télédiastoliques marquées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from the R Wave Pointer (0028,6040)</source>
            <translation>
                <numerusform>%n battement à partir du R Wave Pointer (0028,6040)</numerusform>
                <numerusform>%n battements à partir du R Wave Pointer (0028,6040)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from R waves on the loop's ECG</source>
            <translation>
                <numerusform>%n battement à partir des ondes R de l'ECG de la boucle</numerusform>
                <numerusform>%n battements à partir des ondes R de l'ECG de la boucle</numerusform>
            </translation>
        </message>
        <message>
            <source>phase from the whole loop (no R waves or marks)</source>
            <translation>phase sur toute la boucle (ni ondes R ni marques)</translation>
        </message>
    </context>
    <context>
        <name>CardiacCineGrouper</name>
        <message>
            <source>, position %1 mm</source>
            <translation>, position %1 mm</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>The file lacks %1, so it cannot be placed in a study.</source>
            <translation>Il manque %1 au fichier, il ne peut donc pas être rattaché à un examen.</translation>
        </message>
        <message>
            <source>Cannot create the catalog folder %1.</source>
            <translation>Impossible de créer le dossier du catalogue %1.</translation>
        </message>
        <message>
            <source>Cannot create the catalog file %1: %2</source>
            <translation>Impossible de créer le fichier du catalogue %1 : %2</translation>
        </message>
        <message>
            <source>The catalog is not open.</source>
            <translation>Le catalogue n’est pas ouvert.</translation>
        </message>
        <message>
            <source>Cannot write the import log: %1</source>
            <translation>Impossible d’écrire le journal d’importation : %1</translation>
        </message>
        <message>
            <source>Cannot start a catalog transaction: %1</source>
            <translation>Impossible de démarrer une transaction du catalogue : %1</translation>
        </message>
        <message>
            <source>The DICOMDIR lists %1, which is not on the media.</source>
            <translation>Le DICOMDIR référence %1, absent du support.</translation>
        </message>
        <message>
            <source>The catalog database failed; the last %1 files were not recorded: %2</source>
            <translation>La base du catalogue a échoué ; les %1 derniers fichiers n’ont pas été enregistrés : %2</translation>
        </message>
        <message>
            <source>Cannot commit to the catalog: %1</source>
            <translation>Impossible de valider dans le catalogue : %1</translation>
        </message>
        <message>
            <source>The disk holding the managed store %1 is full; the import stopped. The files copied so far are catalogued; free some space and import again to add the rest.</source>
            <translation>Le disque du stockage géré %1 est plein ; l’importation s’est arrêtée. Les fichiers déjà copiés sont catalogués ; libérez de l’espace et relancez l’importation pour ajouter le reste.</translation>
        </message>
        <message>
            <source>Cannot finish the import log: %1</source>
            <translation>Impossible de clore le journal d’importation : %1</translation>
        </message>
        <message>
            <source>Cannot read the file locations: %1</source>
            <translation>Impossible de lire les emplacements des fichiers : %1</translation>
        </message>
        <message>
            <source>Cannot record missing files: %1</source>
            <translation>Impossible d’enregistrer les fichiers manquants : %1</translation>
        </message>
    </context>
    <context>
        <name>CatalogCredentials</name>
        <message>
            <source>Shared study catalog</source>
            <translation>Catalogue d’examens partagé</translation>
        </message>
        <message>
            <source>%1

Password of %2 (kept in %3):</source>
            <translation>%1

Mot de passe de %2 (conservé dans %3) :</translation>
        </message>
    </context>
    <context>
        <name>CatalogDatabase</name>
        <message>
            <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
            <translation>Le pilote Qt SQL %1 n’est pas installé (paquet Debian %2).</translation>
        </message>
        <message>
            <source>Cannot open the catalog %1: %2</source>
            <translation>Impossible d’ouvrir le catalogue %1 : %2</translation>
        </message>
        <message>
            <source>The catalog %1 cannot be written and is at schema version %2; this program needs version %3. Open it once where it can be written to upgrade it.</source>
            <translation>Le catalogue %1 n’est pas accessible en écriture et est au schéma version %2 ; ce programme requiert la version %3. Ouvrez-le une fois depuis un poste où il est modifiable pour le mettre à niveau.</translation>
        </message>
    </context>
    <context>
        <name>CatalogSchema</name>
        <message>
            <source>Could not configure the catalog database (%1): %2</source>
            <translation>Impossible de configurer la base du catalogue (%1) : %2</translation>
        </message>
        <message>
            <source>The catalog was written by a newer version of Continuum (schema version %1; this program understands up to %2). Update Continuum or use another catalog file.</source>
            <translation>Le catalogue a été écrit par une version plus récente de Continuum (schéma version %1 ; ce programme gère jusqu’à la version %2). Mettez Continuum à jour ou utilisez un autre fichier de catalogue.</translation>
        </message>
        <message>
            <source>Could not lock the catalog schema for migration: %1</source>
            <translation>Impossible de verrouiller le schéma du catalogue pour la migration : %1</translation>
        </message>
        <message>
            <source>Could not create the schema_version table: %1</source>
            <translation>Impossible de créer la table schema_version : %1</translation>
        </message>
        <message>
            <source>Could not read the catalog schema version: %1</source>
            <translation>Impossible de lire la version du schéma du catalogue : %1</translation>
        </message>
        <message>
            <source>Could not start the migration to schema version %1: %2</source>
            <translation>Impossible de démarrer la migration vers le schéma version %1 : %2</translation>
        </message>
        <message>
            <source>Migration to schema version %1 failed: %2</source>
            <translation>Échec de la migration vers le schéma version %1 : %2</translation>
        </message>
        <message>
            <source>Could not record schema version %1: %2</source>
            <translation>Impossible d’enregistrer le schéma version %1 : %2</translation>
        </message>
        <message>
            <source>Could not commit schema version %1: %2</source>
            <translation>Impossible de valider le schéma version %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>CharsetDecoder</name>
        <message>
            <source>Specific Character Set has an empty value at position %1; ignored</source>
            <translation>Specific Character Set a une valeur vide en position %1 ; ignorée</translation>
        </message>
        <message>
            <source>Unknown Specific Character Set term "%1"; text is decoded as Latin-1 (ISO_IR 100)</source>
            <translation>Terme de Specific Character Set inconnu « %1 » ; le texte est décodé en Latin-1 (ISO_IR 100)</translation>
        </message>
        <message>
            <source>Non-standard Specific Character Set term "%1" read as "%2"</source>
            <translation>Terme de Specific Character Set non standard « %1 » lu comme « %2 »</translation>
        </message>
    </context>
    <context>
        <name>CineSourceLister</name>
        <message>
            <source>%1, instance %2 (%3)</source>
            <translation>%1, instance %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (%2, single-frame cine)</source>
            <translation>%1 (%2, ciné mono-image)</translation>
        </message>
        <message>
            <source>The cine source has no files.</source>
            <translation>La source ciné ne contient aucun fichier.</translation>
        </message>
        <message>
            <source>%1, instance %2</source>
            <translation>%1, instance %2</translation>
        </message>
        <message>
            <source>The images of this cine no longer share one position.</source>
            <translation>Les images de ce ciné ne partagent plus une même position.</translation>
        </message>
    </context>
    <context>
        <name>CineTexturePresenter</name>
        <message>
            <source>Cine shader does not compile: %1</source>
            <translation>Le shader ciné ne compile pas : %1</translation>
        </message>
        <message>
            <source>Cine shader does not link: %1</source>
            <translation>L’édition de liens du shader ciné échoue : %1</translation>
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
            <translation>pas de cadence dans le fichier, fréquence par défaut</translation>
        </message>
        <message>
            <source>overridden: %1 fps (file: %2 fps)</source>
            <translation>forcé : %1 i/s (fichier : %2 i/s)</translation>
        </message>
        <message>
            <source>%1 fps (%2)</source>
            <translation>%1 i/s (%2)</translation>
        </message>
    </context>
    <context>
        <name>ConfidentialityProfile</name>
        <message>
            <source>Cannot read the confidentiality profile table %1: %2</source>
            <translation>Impossible de lire la table du profil de confidentialité %1 : %2</translation>
        </message>
        <message>
            <source>%1: the column header is missing or has %2 columns instead of %3</source>
            <translation>%1 : l’en-tête de colonnes est absent ou compte %2 colonnes au lieu de %3</translation>
        </message>
        <message>
            <source>%1 line %2: %3 columns instead of %4</source>
            <translation>%1 ligne %2 : %3 colonnes au lieu de %4</translation>
        </message>
        <message>
            <source>%1 line %2: unknown action "%3"</source>
            <translation>%1 ligne %2 : action inconnue « %3 »</translation>
        </message>
        <message>
            <source>%1 line %2: unknown option action "%3"</source>
            <translation>%1 ligne %2 : action d’option inconnue « %3 »</translation>
        </message>
        <message>
            <source>%1 line %2: "%3" is not a tag</source>
            <translation>%1 ligne %2 : « %3 » n’est pas une balise</translation>
        </message>
        <message>
            <source>%1 line %2: %3 is listed twice</source>
            <translation>%1 ligne %2 : %3 figure deux fois</translation>
        </message>
        <message>
            <source>%1 holds no rows</source>
            <translation>%1 ne contient aucune ligne</translation>
        </message>
        <message>
            <source>%1 does not say which edition of PS3.15 it came from ("# edition:" line)</source>
            <translation>%1 n’indique pas de quelle édition de PS3.15 il provient (ligne « # edition: »)</translation>
        </message>
    </context>
    <context>
        <name>DecodeWorkerClient</name>
        <message>
            <source>cannot create a socket for the decode worker: %1</source>
            <translation>impossible de créer un socket pour le processus de décodage : %1</translation>
        </message>
        <message>
            <source>cannot start %1: %2</source>
            <translation>impossible de lancer %1 : %2</translation>
        </message>
        <message>
            <source>the worker could not be waited for</source>
            <translation>impossible d’attendre le processus de décodage</translation>
        </message>
        <message>
            <source>the worker was killed by signal %1 (%2)</source>
            <translation>le processus de décodage a été tué par le signal %1 (%2)</translation>
        </message>
        <message>
            <source>the worker exited with status %1</source>
            <translation>le processus de décodage s’est terminé avec le code %1</translation>
        </message>
        <message>
            <source>the worker ended</source>
            <translation>le processus de décodage s’est terminé</translation>
        </message>
        <message>
            <source>cannot create shared memory: %1</source>
            <translation>impossible de créer la mémoire partagée : %1</translation>
        </message>
        <message>
            <source>cannot size shared memory to %1 bytes: %2</source>
            <translation>impossible de dimensionner la mémoire partagée à %1 octets : %2</translation>
        </message>
        <message>
            <source>cannot map shared memory: %1</source>
            <translation>impossible de projeter la mémoire partagée : %1</translation>
        </message>
        <message>
            <source>cannot send the request to the decode worker (%1)</source>
            <translation>impossible d’envoyer la requête au processus de décodage (%1)</translation>
        </message>
        <message>
            <source>the worker did not finish within %1 s and was stopped</source>
            <translation>le processus de décodage n’a pas terminé en %1 s et a été arrêté</translation>
        </message>
    </context>
    <context>
        <name>Deidentifier</name>
        <message>
            <source>the patient name is empty</source>
            <translation>le nom du patient est vide</translation>
        </message>
        <message>
            <source>the patient name contains a backslash, which separates DICOM values</source>
            <translation>le nom du patient contient une barre oblique inverse, qui sépare les valeurs DICOM</translation>
        </message>
        <message>
            <source>the patient name has more than 64 characters</source>
            <translation>le nom du patient dépasse 64 caractères</translation>
        </message>
        <message>
            <source>the patient name has too many components (Family^Given^Middle^Prefix^Suffix)</source>
            <translation>le nom du patient a trop de composantes (Nom^Prénom^Second prénom^Préfixe^Suffixe)</translation>
        </message>
        <message>
            <source>the patient name contains control characters</source>
            <translation>le nom du patient contient des caractères de contrôle</translation>
        </message>
        <message>
            <source>the patient ID is empty</source>
            <translation>l’identifiant du patient est vide</translation>
        </message>
        <message>
            <source>the patient ID has more than 64 characters</source>
            <translation>l’identifiant du patient dépasse 64 caractères</translation>
        </message>
        <message>
            <source>the patient ID contains a backslash, which separates DICOM values</source>
            <translation>l’identifiant du patient contient une barre oblique inverse, qui sépare les valeurs DICOM</translation>
        </message>
        <message>
            <source>the patient ID contains control characters</source>
            <translation>l’identifiant du patient contient des caractères de contrôle</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>Impossible de lire %1</translation>
        </message>
        <message>
            <source>The dataset cannot be converted to UTF-8 for the non-ASCII patient name or ID: %1</source>
            <translation>Le jeu de données ne peut pas être converti en UTF-8 pour le nom ou l’identifiant non ASCII du patient : %1</translation>
        </message>
        <message>
            <source>Cannot write the de-identification attributes: %1</source>
            <translation>Impossible d’écrire les attributs de désidentification : %1</translation>
        </message>
    </context>
    <context>
        <name>DicomLengthGuard</name>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 Ko</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>an item of %1 at byte %2</source>
            <translation>un élément de %1 à l’octet %2</translation>
        </message>
        <message>
            <source>element %1 at byte %2</source>
            <translation>élément %1 à l’octet %2</translation>
        </message>
        <message>
            <source>%1 of the inflated data set</source>
            <translation>%1 du jeu de données décompressé</translation>
        </message>
        <message>
            <source>its enclosing item has %1 left</source>
            <translation>il reste %1 dans l’élément englobant</translation>
        </message>
        <message>
            <source>the data set inflates to %1</source>
            <translation>le jeu de données décompressé atteint %1</translation>
        </message>
        <message>
            <source>the file has %1</source>
            <translation>le fichier contient %1</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed): %1 claims %2 bytes; %3.</source>
            <translation>Fichier DICOM illisible (l’en-tête n’a pas pu être analysé) : %1 annonce %2 octets ; %3.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed): %1 at byte %2.</source>
            <translation>Fichier DICOM illisible (l’en-tête n’a pas pu être analysé) : %1 à l’octet %2.</translation>
        </message>
    </context>
    <context>
        <name>EncapsulatedDocumentReader</name>
        <message>
            <source>%1 has no Encapsulated Document (0042,0011)</source>
            <translation>%1 n’a pas d’Encapsulated Document (0042,0011)</translation>
        </message>
        <message>
            <source>%1: Encapsulated Document Length is %2 but the document holds %3 bytes</source>
            <translation>%1 : Encapsulated Document Length vaut %2 mais le document contient %3 octets</translation>
        </message>
    </context>
    <context>
        <name>EncapsulatedPixelData</name>
        <message>
            <source>Pixel data shorter than expected: %1.</source>
            <translation>Données de pixels plus courtes que prévu : %1.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>Le fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <source>Encapsulated pixel data is malformed (unexpected element inside the fragment sequence).</source>
            <translation>Les données de pixels encapsulées sont malformées (élément inattendu dans la séquence de fragments).</translation>
        </message>
        <message>
            <source>The Basic Offset Table points outside the pixel data.</source>
            <translation>La Basic Offset Table pointe en dehors des données de pixels.</translation>
        </message>
    </context>
    <context>
        <name>ExportCommands</name>
        <message>
            <source>Export a catalogued study to a new folder, optionally anonymized (DICOM PS3.15 Basic Application Level Confidentiality Profile), with a DICOMDIR and an ISO image for CD/USB.</source>
            <translation>Exporte un examen catalogué dans un nouveau dossier, éventuellement anonymisé (profil de confidentialité DICOM PS3.15 Basic Application Level), avec un DICOMDIR et une image ISO pour CD/USB.</translation>
        </message>
        <message>
            <source>Study Instance UID of the study to export.</source>
            <translation>Study Instance UID de l’examen à exporter.</translation>
        </message>
        <message>
            <source>Catalog database file (default: $CONTINUUM_CATALOG or the user's data folder).</source>
            <translation>Fichier de base du catalogue (par défaut : $CONTINUUM_CATALOG ou le dossier de données de l’utilisateur).</translation>
        </message>
        <message>
            <source>Folder to create (must not exist yet, or be empty).</source>
            <translation>Dossier à créer (ne doit pas encore exister, ou être vide).</translation>
        </message>
        <message>
            <source>De-identify per PS3.15 Annex E (Table E.1-1): names, dates, UIDs, private tags...</source>
            <translation>Désidentifier selon PS3.15 annexe E (table E.1-1) : noms, dates, UID, balises privées…</translation>
        </message>
        <message>
            <source>Patient's Name to write (DICOM form Family^Given; default %1).</source>
            <translation>Nom du patient à écrire (forme DICOM Nom^Prénom ; par défaut %1).</translation>
        </message>
        <message>
            <source>Patient ID to write (default: a new ANON-XXXXXXXX).</source>
            <translation>Identifiant patient à écrire (par défaut : un nouvel ANON-XXXXXXXX).</translation>
        </message>
        <message>
            <source>Retain Longitudinal Temporal Information with Full Dates Option.</source>
            <translation>Option « Retain Longitudinal Temporal Information with Full Dates ».</translation>
        </message>
        <message>
            <source>Retain UIDs Option.</source>
            <translation>Option « Retain UIDs ».</translation>
        </message>
        <message>
            <source>Write a DICOMDIR (PS3.10/PS3.11 General Purpose profile).</source>
            <translation>Écrire un DICOMDIR (profil General Purpose PS3.10/PS3.11).</translation>
        </message>
        <message>
            <source>Also write an ISO 9660 image of the folder for CD/DVD or USB (implies --dicomdir).</source>
            <translation>Écrire aussi une image ISO 9660 du dossier pour CD/DVD ou USB (implique --dicomdir).</translation>
        </message>
        <message>
            <source>unexpected argument "%1": export takes options only</source>
            <translation>argument inattendu « %1 » : export n’accepte que des options</translation>
        </message>
        <message>
            <source>export needs --study-uid UID (list them with `continuum studies --json`)</source>
            <translation>export requiert --study-uid UID (listez-les avec `continuum studies --json`)</translation>
        </message>
        <message>
            <source>--study-uid: "%1" is not a DICOM UID (digits and dots, at most 64 characters)</source>
            <translation>--study-uid : « %1 » n’est pas un UID DICOM (chiffres et points, 64 caractères au plus)</translation>
        </message>
        <message>
            <source>export needs --out DIR (a new or empty folder)</source>
            <translation>export requiert --out DOSSIER (un dossier nouveau ou vide)</translation>
        </message>
        <message>
            <source>--%1 needs --anonymize</source>
            <translation>--%1 requiert --anonymize</translation>
        </message>
        <message>
            <source>--iso needs a FILE</source>
            <translation>--iso requiert un FICHIER</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>impossible d’ouvrir le catalogue %1 : %2</translation>
        </message>
        <message>
            <source>Exported %1 instances in %2 series to %3</source>
            <translation>%1 instances de %2 séries exportées vers %3</translation>
        </message>
        <message>
            <source>Anonymized as %1 (patient ID %2)</source>
            <translation>Anonymisé en %1 (identifiant patient %2)</translation>
        </message>
        <message>
            <source>DICOMDIR: %1</source>
            <translation>DICOMDIR : %1</translation>
        </message>
        <message>
            <source>ISO image: %1</source>
            <translation>Image ISO : %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avertissement : %1</translation>
        </message>
    </context>
    <context>
        <name>FrameDecoder</name>
        <message>
            <source>Frame %1 does not exist (the image has %2).</source>
            <translation>L’image %1 n’existe pas (l’image en compte %2).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 lies beyond the end of the element.</source>
            <translation>Données de pixels plus courtes que prévu : l’image %1 se situe au-delà de la fin de l’élément.</translation>
        </message>
        <message>
            <source>File cannot be opened.</source>
            <translation>Le fichier ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the file ends inside frame %1.</source>
            <translation>Données de pixels plus courtes que prévu : le fichier se termine à l’intérieur de l’image %1.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 is cut off (no end-of-image marker).</source>
            <translation>Données de pixels plus courtes que prévu : l’image %1 est tronquée (pas de marqueur de fin d’image).</translation>
        </message>
        <message>
            <source>Frame %1 could not be decoded (the codec failed).</source>
            <translation>L’image %1 n’a pas pu être décodée (échec du codec).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: %1 of %2 bytes decoded.</source>
            <translation>Données de pixels plus courtes que prévu : %1 octets décodés sur %2.</translation>
        </message>
    </context>
    <context>
        <name>GuardedPixelDecoder</name>
        <message>
            <source>frame %1 of %2</source>
            <translation>image %1 sur %2</translation>
        </message>
        <message>
            <source>Not decoded: %1 crashed the decoder earlier in this session.</source>
            <translation>Non décodé : %1 a fait planter le décodeur plus tôt dans cette session.</translation>
        </message>
        <message>
            <source>The decoder crashed on %1 (%2); the frame is skipped for this session.</source>
            <translation>Le décodeur a planté sur %1 (%2) ; l’image est ignorée pour cette session.</translation>
        </message>
        <message>
            <source>The decode worker is unavailable for %1: %2</source>
            <translation>Le processus de décodage n’est pas disponible pour %1 : %2</translation>
        </message>
        <message>
            <source>Internal error: destination buffer too small.</source>
            <translation>Erreur interne : tampon de destination trop petit.</translation>
        </message>
        <message>
            <source>The decoder crashed on %1 (%2); the file is skipped for this session.</source>
            <translation>Le décodeur a planté sur %1 (%2) ; le fichier est ignoré pour cette session.</translation>
        </message>
    </context>
    <context>
        <name>HeaderReader</name>
        <message>
            <source>Window Center and Window Width have different numbers of values; ignoring the stored windows.</source>
            <translation>Window Center et Window Width n’ont pas le même nombre de valeurs ; les fenêtres enregistrées sont ignorées.</translation>
        </message>
        <message>
            <source>Unknown VOI LUT Function "%1"; using LINEAR.</source>
            <translation>VOI LUT Function inconnue « %1 » ; LINEAR est utilisée.</translation>
        </message>
        <message>
            <source>Window width %1 is not valid; ignored.</source>
            <translation>Largeur de fenêtre %1 invalide ; ignorée.</translation>
        </message>
        <message>
            <source>The segmented palette is malformed.</source>
            <translation>La palette segmentée est malformée.</translation>
        </message>
        <message>
            <source>Overlay %1 has no size; not shown.</source>
            <translation>La superposition %1 n’a pas de taille ; non affichée.</translation>
        </message>
        <message>
            <source>Overlay %1 is embedded in the pixel data (retired encoding); not shown.</source>
            <translation>La superposition %1 est incluse dans les données de pixels (codage retiré) ; non affichée.</translation>
        </message>
        <message>
            <source>Overlay %1 data is shorter than its size; not shown.</source>
            <translation>Les données de la superposition %1 sont plus courtes que sa taille ; non affichée.</translation>
        </message>
        <message>
            <source>Ultrasound regions have different calibrations; measurements use the first region's.</source>
            <translation>Les régions échographiques ont des étalonnages différents ; les mesures utilisent celui de la première région.</translation>
        </message>
        <message>
            <source>File not found.</source>
            <translation>Fichier introuvable.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>Le fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <source>File cannot be read (not a regular file).</source>
            <translation>Le fichier ne peut pas être lu (ce n’est pas un fichier ordinaire).</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading its header.</source>
            <translation>Le fichier est malformé : la bibliothèque DICOM a échoué en lisant son en-tête.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed).</source>
            <translation>Fichier DICOM illisible (l’en-tête n’a pas pu être analysé).</translation>
        </message>
        <message>
            <source>No transfer syntax in the file meta information; the encoding was guessed.</source>
            <translation>Pas de syntaxe de transfert dans les méta-informations du fichier ; le codage a été deviné.</translation>
        </message>
        <message>
            <source>Number of Frames "%1" is not a whole number; assuming 1.</source>
            <translation>Number of Frames « %1 » n’est pas un nombre entier ; 1 est supposé.</translation>
        </message>
        <message>
            <source>Per-frame functional groups describe %1 frames but the image has %2.</source>
            <translation>Les groupes fonctionnels par image décrivent %1 images mais l’image en compte %2.</translation>
        </message>
    </context>
    <context>
        <name>ImageSeries</name>
        <message>
            <source>The series has no images.</source>
            <translation>La série ne contient aucune image.</translation>
        </message>
        <message>
            <source>Not enough memory for this series (%1 MB).</source>
            <translation>Mémoire insuffisante pour cette série (%1 Mo).</translation>
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
            <translation>Le catalogue n’a pas pu enregistrer la série complète.</translation>
        </message>
    </context>
    <context>
        <name>IsoImageWriter</name>
        <message>
            <source>No ISO image tool is installed (install the xorriso or genisoimage package)</source>
            <translation>Aucun outil de création d’image ISO n’est installé (installez le paquet xorriso ou genisoimage)</translation>
        </message>
        <message>
            <source>%1 did not start: %2</source>
            <translation>%1 n’a pas démarré : %2</translation>
        </message>
        <message>
            <source>%1 failed (exit code %2): %3</source>
            <translation>%1 a échoué (code de sortie %2) : %3</translation>
        </message>
    </context>
    <context>
        <name>KeyObjectSelectionReader</name>
        <message>
            <source>%1 is not a Key Object Selection Document (SOP Class %2)</source>
            <translation>%1 n’est pas un Key Object Selection Document (SOP Class %2)</translation>
        </message>
    </context>
    <context>
        <name>KeyObjectSelectionWriter</name>
        <message>
            <source>a key object selection needs at least one image</source>
            <translation>une sélection d’objets clés requiert au moins une image</translation>
        </message>
        <message>
            <source>"%1" (%2, %3) is not a Key Object Selection Document Title of CID 7010</source>
            <translation>« %1 » (%2, %3) n’est pas un titre de Key Object Selection Document de la CID 7010</translation>
        </message>
        <message>
            <source>cannot build the key object selection tree (an image reference is invalid?)</source>
            <translation>impossible de construire l’arbre de sélection d’objets clés (référence d’image invalide ?)</translation>
        </message>
    </context>
    <context>
        <name>LaunchTargetResolver</name>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Patient ID %1 belongs to patients of different issuers (%2): the request must say which with --issuer.</source>
            <translation>L’identifiant patient %1 appartient à des patients d’émetteurs différents (%2) : la demande doit préciser lequel avec --issuer.</translation>
        </message>
        <message>
            <source>study %1</source>
            <translation>examen %1</translation>
        </message>
        <message>
            <source>accession number %1</source>
            <translation>numéro d’accession %1</translation>
        </message>
        <message>
            <source>any study</source>
            <translation>n’importe quel examen</translation>
        </message>
        <message>
            <source> (issuer %1)</source>
            <translation> (émetteur %1)</translation>
        </message>
        <message>
            <source>Patient ID %1%2: %3 was found neither in the local catalog nor on the PACS.</source>
            <translation>Patient %1%2 : %3 introuvable dans le catalogue local comme sur le PACS.</translation>
        </message>
    </context>
    <context>
        <name>LoopVideoExporter</name>
        <message>
            <source>The loop has no frames to export.</source>
            <translation>La boucle n’a aucune image à exporter.</translation>
        </message>
        <message>
            <source>Frame %1: %2</source>
            <translation>Image %1 : %2</translation>
        </message>
        <message>
            <source>There is no frame on screen to save.</source>
            <translation>Aucune image à l’écran à enregistrer.</translation>
        </message>
        <message>
            <source>This libavcodec has no PNG encoder.</source>
            <translation>Cette libavcodec n’a pas d’encodeur PNG.</translation>
        </message>
        <message>
            <source>Cannot open the PNG encoder: %1</source>
            <translation>Impossible d’ouvrir l’encodeur PNG : %1</translation>
        </message>
        <message>
            <source>Out of memory for the frame.</source>
            <translation>Mémoire insuffisante pour l’image.</translation>
        </message>
        <message>
            <source>PNG encoding failed: %1</source>
            <translation>Échec de l’encodage PNG : %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Cannot create an MP4 container: %1</source>
            <translation>Impossible de créer un conteneur MP4 : %1</translation>
        </message>
        <message>
            <source>This libavcodec has no H.264 encoder.</source>
            <translation>Cette libavcodec n’a pas d’encodeur H.264.</translation>
        </message>
        <message>
            <source>Cannot open the H.264 encoder: %1</source>
            <translation>Impossible d’ouvrir l’encodeur H.264 : %1</translation>
        </message>
        <message>
            <source>Cannot add a video stream.</source>
            <translation>Impossible d’ajouter un flux vidéo.</translation>
        </message>
        <message>
            <source>Cannot set the stream parameters: %1</source>
            <translation>Impossible de définir les paramètres du flux : %1</translation>
        </message>
        <message>
            <source>Cannot write the MP4 header: %1</source>
            <translation>Impossible d’écrire l’en-tête MP4 : %1</translation>
        </message>
        <message>
            <source>Out of memory for the video frames.</source>
            <translation>Mémoire insuffisante pour les images vidéo.</translation>
        </message>
        <message>
            <source>Cannot convert RGB to YUV.</source>
            <translation>Impossible de convertir RVB en YUV.</translation>
        </message>
        <message>
            <source>Frame size changed within the loop (%1 x %2, first %3 x %4).</source>
            <translation>La taille d’image a changé au cours de la boucle (%1 x %2, d’abord %3 x %4).</translation>
        </message>
        <message>
            <source>The encoder rejected a frame: %1</source>
            <translation>L’encodeur a rejeté une image : %1</translation>
        </message>
        <message>
            <source>Cannot flush the encoder: %1</source>
            <translation>Impossible de vider l’encodeur : %1</translation>
        </message>
        <message>
            <source>Cannot finish the MP4 file: %1</source>
            <translation>Impossible de finaliser le fichier MP4 : %1</translation>
        </message>
        <message>
            <source>Encoding failed: %1</source>
            <translation>Échec de l’encodage : %1</translation>
        </message>
        <message>
            <source>Cannot write to the MP4 file: %1</source>
            <translation>Impossible d’écrire dans le fichier MP4 : %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n files and folders</source>
            <translation>
                <numerusform>%n fichier ou dossier</numerusform>
                <numerusform>%n fichiers et dossiers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManagedStore</name>
        <message>
            <source>Cannot create the managed store folder %1: %2</source>
            <translation>Impossible de créer le dossier du stockage géré %1 : %2</translation>
        </message>
        <message>
            <source>Cannot read the free space of the managed store %1: %2</source>
            <translation>Impossible de lire l’espace libre du stockage géré %1 : %2</translation>
        </message>
        <message>
            <source>Not enough free space to copy the files into the managed store %1: %2 MB needed, %3 MB free. Nothing was imported; free some space or import the files in place.</source>
            <translation>Espace libre insuffisant pour copier les fichiers dans le stockage géré %1 : %2 Mo nécessaires, %3 Mo libres. Rien n’a été importé ; libérez de l’espace ou importez les fichiers sur place.</translation>
        </message>
        <message>
            <source>Cannot create a folder in the managed store: %1</source>
            <translation>Impossible de créer un dossier dans le stockage géré : %1</translation>
        </message>
        <message>
            <source>Cannot read the file to copy it: %1</source>
            <translation>Impossible de lire le fichier à copier : %1</translation>
        </message>
        <message>
            <source>The managed store already holds a different file for SOP Instance UID %1; it was kept.</source>
            <translation>Le stockage géré contient déjà un autre fichier pour le SOP Instance UID %1 ; il a été conservé.</translation>
        </message>
        <message>
            <source>Cannot write into the managed store: %1</source>
            <translation>Impossible d’écrire dans le stockage géré : %1</translation>
        </message>
        <message>
            <source>Copying into the managed store failed: %1</source>
            <translation>Échec de la copie dans le stockage géré : %1</translation>
        </message>
    </context>
    <context>
        <name>MeasurementReportReader</name>
        <message>
            <source>the report has no "Imaging Measurements" container (it is not a TID 1500 measurement report)</source>
            <translation>le compte rendu n’a pas de conteneur « Imaging Measurements » (ce n’est pas un compte rendu de mesures TID 1500)</translation>
        </message>
    </context>
    <context>
        <name>MeasurementReportWriter</name>
        <message>
            <source>the language %1 is not in CID 5000</source>
            <translation>la langue %1 n’est pas dans la CID 5000</translation>
        </message>
        <message>
            <source>cannot add the observer: %1</source>
            <translation>impossible d’ajouter l’observateur : %1</translation>
        </message>
        <message>
            <source>the procedure reported %1 is not valid</source>
            <translation>la procédure déclarée %1 n’est pas valide</translation>
        </message>
        <message>
            <source>cannot create the image library</source>
            <translation>impossible de créer la bibliothèque d’images</translation>
        </message>
        <message>
            <source>cannot create the image library group: %1</source>
            <translation>impossible de créer le groupe de la bibliothèque d’images : %1</translation>
        </message>
        <message>
            <source>cannot add %1 to the image library: %2</source>
            <translation>impossible d’ajouter %1 à la bibliothèque d’images : %2</translation>
        </message>
        <message>
            <source>a measurement group has no tracking identifier</source>
            <translation>un groupe de mesures n’a pas d’identifiant de suivi</translation>
        </message>
        <message>
            <source>measurement group "%1" has no measurement</source>
            <translation>le groupe de mesures « %1 » n’a aucune mesure</translation>
        </message>
        <message>
            <source>cannot add measurement group "%1"</source>
            <translation>impossible d’ajouter le groupe de mesures « %1 »</translation>
        </message>
        <message>
            <source>measurement group "%1": invalid tracking identifier, UID, finding or site</source>
            <translation>groupe de mesures « %1 » : identifiant de suivi, UID, observation ou site invalide</translation>
        </message>
        <message>
            <source>measurement "%1" of "%2": %3</source>
            <translation>mesure « %1 » de « %2 » : %3</translation>
        </message>
        <message>
            <source>derivation "%1" is not valid</source>
            <translation>la dérivation « %1 » n’est pas valide</translation>
        </message>
        <message>
            <source>measurement "%1" has a region but no image</source>
            <translation>la mesure « %1 » a une région mais pas d’image</translation>
        </message>
        <message>
            <source>%1 is not an SR graphic type</source>
            <translation>%1 n’est pas un type graphique SR</translation>
        </message>
        <message>
            <source>the image reference of "%1": %2</source>
            <translation>la référence d’image de « %1 » : %2</translation>
        </message>
        <message>
            <source>the TID 1500 report is not valid (DCMTK's template check)</source>
            <translation>le compte rendu TID 1500 n’est pas valide (contrôle de gabarit de DCMTK)</translation>
        </message>
        <message>
            <source>cannot build the SR document: %1</source>
            <translation>impossible de construire le document SR : %1</translation>
        </message>
        <message>
            <source>image %1 has no series or study UID for the evidence sequence</source>
            <translation>l’image %1 n’a pas d’UID de série ou d’examen pour la séquence de preuves</translation>
        </message>
    </context>
    <context>
        <name>MediaDirectoryReader</name>
        <message>
            <source>The DICOMDIR could not be read: its directory records are malformed.</source>
            <translation>Le DICOMDIR n’a pas pu être lu : ses enregistrements de répertoire sont malformés.</translation>
        </message>
    </context>
    <context>
        <name>MediaDirectoryWriter</name>
        <message>
            <source>"%1" is not a valid DICOM file ID</source>
            <translation>« %1 » n’est pas un identifiant de fichier DICOM valide</translation>
        </message>
        <message>
            <source>Compressed images keep their transfer syntax; the General Purpose CD-R profile (STD-GEN-CD) expects uncompressed Explicit VR Little Endian, so some older media readers may not open them.</source>
            <translation>Les images compressées gardent leur syntaxe de transfert ; le profil General Purpose CD-R (STD-GEN-CD) attend du Explicit VR Little Endian non compressé, certains anciens lecteurs de supports pourraient donc ne pas les ouvrir.</translation>
        </message>
        <message>
            <source>Cannot create the DICOMDIR: %1</source>
            <translation>Impossible de créer le DICOMDIR : %1</translation>
        </message>
        <message>
            <source>Cannot add %1 to the DICOMDIR: %2</source>
            <translation>Impossible d’ajouter %1 au DICOMDIR : %2</translation>
        </message>
        <message>
            <source>Cannot write the DICOMDIR: %1</source>
            <translation>Impossible d’écrire le DICOMDIR : %1</translation>
        </message>
    </context>
    <context>
        <name>MprVolume</name>
        <message>
            <source>There is only one slice, so there is no volume to reformat.</source>
            <translation>Il n’y a qu’une coupe, il n’y a donc pas de volume à reconstruire.</translation>
        </message>
        <message>
            <source>The slices do not form a regular volume: %1</source>
            <translation>Les coupes ne forment pas un volume régulier : %1</translation>
        </message>
        <message>
            <source>Only greyscale images can be reformatted.</source>
            <translation>Seules les images en niveaux de gris peuvent être reconstruites.</translation>
        </message>
        <message>
            <source>Slice %1 is %2 mm off the line through the other slices, so the slices do not form a regular volume.</source>
            <translation>La coupe %1 est à %2 mm de la droite passant par les autres coupes ; les coupes ne forment donc pas un volume régulier.</translation>
        </message>
        <message>
            <source>The slices do not advance along their normal.</source>
            <translation>Les coupes ne progressent pas selon leur normale.</translation>
        </message>
        <message>
            <source>Slice %1 could not be decoded.</source>
            <translation>La coupe %1 n’a pas pu être décodée.</translation>
        </message>
        <message>
            <source>The slice geometry is degenerate.</source>
            <translation>La géométrie des coupes est dégénérée.</translation>
        </message>
        <message>
            <source>Not enough memory to reformat this series (%1 MB).</source>
            <translation>Mémoire insuffisante pour reconstruire cette série (%1 Mo).</translation>
        </message>
    </context>
    <context>
        <name>OfflineQueue</name>
        <message>
            <source>Cannot create the folder %1 for the offline queue.</source>
            <translation>Impossible de créer le dossier %1 de la file d’attente hors ligne.</translation>
        </message>
        <message>
            <source>Cannot open the offline queue %1: %2</source>
            <translation>Impossible d’ouvrir la file d’attente hors ligne %1 : %2</translation>
        </message>
        <message>
            <source>Cannot prepare the offline queue %1: %2</source>
            <translation>Impossible de préparer la file d’attente hors ligne %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>OncologyWorkspace</name>
        <message>
            <source>unknown date</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>no readable images</source>
            <translation>aucune image lisible</translation>
        </message>
    </context>
    <context>
        <name>PixelDecoder</name>
        <message>
            <source>Pixel data shorter than expected: the element holds %1 bytes, the image needs %2.</source>
            <translation>Données de pixels plus courtes que prévu : l’élément contient %1 octets, l’image en requiert %2.</translation>
        </message>
        <message>
            <source>File cannot be opened.</source>
            <translation>Le fichier ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>Le fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the file ends after %1 of %2 bytes.</source>
            <translation>Données de pixels plus courtes que prévu : le fichier se termine après %1 octets sur %2.</translation>
        </message>
        <message>
            <source>Reading the pixel data failed.</source>
            <translation>La lecture des données de pixels a échoué.</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading it.</source>
            <translation>Le fichier est malformé : la bibliothèque DICOM a échoué en le lisant.</translation>
        </message>
        <message>
            <source>The image could not be decoded (GDCM refused the pixel data).</source>
            <translation>L’image n’a pas pu être décodée (GDCM a refusé les données de pixels).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: %1 of %2 bytes decoded.</source>
            <translation>Données de pixels plus courtes que prévu : %1 octets décodés sur %2.</translation>
        </message>
        <message>
            <source>The image could not be decoded (the codec failed).</source>
            <translation>L’image n’a pas pu être décodée (échec du codec).</translation>
        </message>
        <message>
            <source>The JPEG 2000 codestream header could not be read.</source>
            <translation>L’en-tête du flux JPEG 2000 n’a pas pu être lu.</translation>
        </message>
        <message>
            <source>The JPEG 2000 codestream could not be decoded (damaged or truncated).</source>
            <translation>Le flux JPEG 2000 n’a pas pu être décodé (endommagé ou tronqué).</translation>
        </message>
        <message>
            <source>The JPEG 2000 image has fewer components than Samples per Pixel.</source>
            <translation>L’image JPEG 2000 a moins de composantes que Samples per Pixel.</translation>
        </message>
        <message>
            <source>The JPEG 2000 precision (%1 bits) does not fit Bits Allocated %2.</source>
            <translation>La précision JPEG 2000 (%1 bits) ne correspond pas à Bits Allocated %2.</translation>
        </message>
        <message>
            <source>The JPEG 2000 image size differs from Rows/Columns.</source>
            <translation>La taille de l’image JPEG 2000 diffère de Rows/Columns.</translation>
        </message>
        <message>
            <source>The object has no pixel data (not an image).</source>
            <translation>L’objet n’a pas de données de pixels (ce n’est pas une image).</translation>
        </message>
        <message>
            <source>Rows or Columns is missing or zero.</source>
            <translation>Rows ou Columns est absent ou nul.</translation>
        </message>
        <message>
            <source>Bits Allocated %1 is not supported.</source>
            <translation>Bits Allocated %1 n’est pas pris en charge.</translation>
        </message>
        <message>
            <source>Bits Stored %1 / High Bit %2 do not fit Bits Allocated %3.</source>
            <translation>Bits Stored %1 / High Bit %2 ne correspondent pas à Bits Allocated %3.</translation>
        </message>
        <message>
            <source>Samples per Pixel %1 is not supported.</source>
            <translation>Samples per Pixel %1 n’est pas pris en charge.</translation>
        </message>
        <message>
            <source>Photometric Interpretation is missing or unknown.</source>
            <translation>Photometric Interpretation est absente ou inconnue.</translation>
        </message>
        <message>
            <source>Samples per Pixel does not match the Photometric Interpretation.</source>
            <translation>Samples per Pixel ne correspond pas à la Photometric Interpretation.</translation>
        </message>
        <message>
            <source>Number of Frames %1 is implausible.</source>
            <translation>Number of Frames %1 n’est pas plausible.</translation>
        </message>
        <message>
            <source>The image dimensions are implausibly large.</source>
            <translation>Les dimensions de l’image sont d’une taille invraisemblable.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the element holds %1 bytes, %2 frame(s) need %3.</source>
            <translation>Données de pixels plus courtes que prévu : l’élément contient %1 octets, %2 image(s) en requièrent %3.</translation>
        </message>
        <message>
            <source>Transfer syntax %1 (%2) cannot be decoded.</source>
            <translation>La syntaxe de transfert %1 (%2) ne peut pas être décodée.</translation>
        </message>
        <message>
            <source>Internal error: destination buffer too small.</source>
            <translation>Erreur interne : tampon de destination trop petit.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 of %2 is cut off (no end-of-image marker).</source>
            <translation>Données de pixels plus courtes que prévu : l’image %1 sur %2 est tronquée (pas de marqueur de fin d’image).</translation>
        </message>
    </context>
    <context>
        <name>PresentationStateReader</name>
        <message>
            <source>unknown Graphic Type "%1"</source>
            <translation>Graphic Type inconnu « %1 »</translation>
        </message>
        <message>
            <source>Graphic Dimensions %1 (only 2 exists)</source>
            <translation>Graphic Dimensions %1 (seule la valeur 2 existe)</translation>
        </message>
        <message>
            <source>Number of Graphic Points is %1 but Graphic Data holds %2</source>
            <translation>Number of Graphic Points vaut %1 mais Graphic Data en contient %2</translation>
        </message>
        <message>
            <source>%1 is not a Grayscale Softcopy Presentation State (SOP Class %2)</source>
            <translation>%1 n’est pas un Grayscale Softcopy Presentation State (SOP Class %2)</translation>
        </message>
        <message>
            <source>%1: graphic object on layer %2: %3</source>
            <translation>%1 : objet graphique sur le calque %2 : %3</translation>
        </message>
        <message>
            <source>%1: the bitmap shutter's overlay group %2 is missing or incomplete</source>
            <translation>%1 : le groupe de superposition %2 de l’obturateur bitmap est absent ou incomplet</translation>
        </message>
    </context>
    <context>
        <name>PresentationStateWriter</name>
        <message>
            <source>cannot write %1</source>
            <translation>impossible d’écrire %1</translation>
        </message>
        <message>
            <source>cannot write a graphic object</source>
            <translation>impossible d’écrire un objet graphique</translation>
        </message>
        <message>
            <source>cannot write the bitmap shutter</source>
            <translation>impossible d’écrire l’obturateur bitmap</translation>
        </message>
        <message>
            <source>the presentation state references no image</source>
            <translation>l’état de présentation ne référence aucune image</translation>
        </message>
        <message>
            <source>a referenced image lacks its SOP Class, SOP Instance or Series UID</source>
            <translation>il manque à une image référencée son SOP Class, SOP Instance ou Series UID</translation>
        </message>
        <message>
            <source>no displayed area (use initialStateFor to start from the images)</source>
            <translation>aucune zone affichée (utilisez initialStateFor pour partir des images)</translation>
        </message>
        <message>
            <source>rotation %1 is not 0, 90, 180 or 270 degrees</source>
            <translation>la rotation %1 n’est pas de 0, 90, 180 ou 270 degrés</translation>
        </message>
        <message>
            <source>a bitmap shutter cannot be combined with geometric shutters</source>
            <translation>un obturateur bitmap ne peut pas être combiné à des obturateurs géométriques</translation>
        </message>
        <message>
            <source>the bitmap shutter's mask does not have rows x columns values</source>
            <translation>le masque de l’obturateur bitmap n’a pas lignes x colonnes valeurs</translation>
        </message>
        <message>
            <source>the content label must have 1 to 16 characters</source>
            <translation>le libellé du contenu doit compter de 1 à 16 caractères</translation>
        </message>
        <message>
            <source>annotation layer "%1" is not in the graphic layers</source>
            <translation>le calque d’annotation « %1 » ne figure pas parmi les calques graphiques</translation>
        </message>
        <message>
            <source>an annotation on layer "%1" has no text and no graphic</source>
            <translation>une annotation sur le calque « %1 » n’a ni texte ni graphique</translation>
        </message>
        <message>
            <source>text "%1" has neither a bounding box nor an anchor point</source>
            <translation>le texte « %1 » n’a ni cadre englobant ni point d’ancrage</translation>
        </message>
        <message>
            <source>%1 with %2 points</source>
            <translation>%1 à %2 points</translation>
        </message>
        <message>
            <source>a VOI item has neither a window nor a LUT</source>
            <translation>un élément VOI n’a ni fenêtre ni LUT</translation>
        </message>
        <message>
            <source>cannot write the shutter presentation value</source>
            <translation>impossible d’écrire la valeur de présentation de l’obturateur</translation>
        </message>
        <message>
            <source>cannot create the displayed area</source>
            <translation>impossible de créer la zone affichée</translation>
        </message>
        <message>
            <source>cannot create the graphic annotations</source>
            <translation>impossible de créer les annotations graphiques</translation>
        </message>
        <message>
            <source>cannot create a text object</source>
            <translation>impossible de créer un objet texte</translation>
        </message>
        <message>
            <source>cannot create a graphic object</source>
            <translation>impossible de créer un objet graphique</translation>
        </message>
        <message>
            <source>cannot create the graphic layers</source>
            <translation>impossible de créer les calques graphiques</translation>
        </message>
        <message>
            <source>cannot write a layer's grey value</source>
            <translation>impossible d’écrire la valeur de gris d’un calque</translation>
        </message>
        <message>
            <source>cannot write the rotation</source>
            <translation>impossible d’écrire la rotation</translation>
        </message>
        <message>
            <source>cannot create the VOI</source>
            <translation>impossible de créer la VOI</translation>
        </message>
        <message>
            <source>cannot create the VOI LUT</source>
            <translation>impossible de créer la VOI LUT</translation>
        </message>
        <message>
            <source>cannot write the VOI LUT</source>
            <translation>impossible d’écrire la VOI LUT</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>ECG of %1</source>
            <translation>ECG de %1</translation>
        </message>
    </context>
    <context>
        <name>SeriesThumbnailCache</name>
        <message>
            <source>No image in this object</source>
            <translation>Aucune image dans cet objet</translation>
        </message>
        <message>
            <source>The image is empty</source>
            <translation>L’image est vide</translation>
        </message>
    </context>
    <context>
        <name>SourceImageReader</name>
        <message>
            <source>%1 has no SOP Class or SOP Instance UID</source>
            <translation>%1 n’a pas de SOP Class ni de SOP Instance UID</translation>
        </message>
    </context>
    <context>
        <name>StackAssembler</name>
        <message>
            <source>Slice sizes differ: rows from %1 to %2, columns from %3 to %4.</source>
            <translation>Les tailles des coupes diffèrent : lignes de %1 à %2, colonnes de %3 à %4.</translation>
        </message>
        <message>
            <source>Pixel spacing differs between slices, from %1 to %2 mm.</source>
            <translation>L’espacement des pixels diffère entre les coupes, de %1 à %2 mm.</translation>
        </message>
        <message>
            <source>There is only one slice, so there is no volume.</source>
            <translation>Il n’y a qu’une coupe, il n’y a donc pas de volume.</translation>
        </message>
        <message>
            <source>The slices have %1 different orientations; the largest group has %2 of %3 slices.</source>
            <translation>Les coupes ont %1 orientations différentes ; le plus grand groupe compte %2 coupes sur %3.</translation>
        </message>
        <message>
            <source>The slices form %1 stacks (%2); the first has %3 slices.</source>
            <translation>Les coupes forment %1 piles (%2) ; la première compte %3 coupes.</translation>
        </message>
        <message>
            <source>All slices of the stack are at one position, so there is no volume.</source>
            <translation>Toutes les coupes de la pile sont à la même position, il n’y a donc pas de volume.</translation>
        </message>
        <message>
            <source>Slice spacing varies from %1 to %2 mm (median %3 mm).</source>
            <translation>L’espacement des coupes varie de %1 à %2 mm (médiane %3 mm).</translation>
        </message>
        <message>
            <source>The slices are offset at %1 degrees to the slice normal (gantry tilt).</source>
            <translation>Les coupes sont inclinées de %1 degrés par rapport à la normale (inclinaison du statif).</translation>
        </message>
    </context>
    <context>
        <name>StructuredReportReader</name>
        <message>
            <source>%1, %2 points in frame of reference %3</source>
            <translation>%1, %2 points dans le référentiel %3</translation>
        </message>
        <message>
            <source>table</source>
            <translation>tableau</translation>
        </message>
        <message>
            <source>%1 is not a structured report (no content tree)</source>
            <translation>%1 n’est pas un compte rendu structuré (pas d’arbre de contenu)</translation>
        </message>
    </context>
    <context>
        <name>StudyBrowser</name>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n non-image object(s)</source>
            <translation>
                <numerusform>%n objet non image</numerusform>
                <numerusform>%n objets non image</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>%n fichier refusé</numerusform>
                <numerusform>%n fichiers refusés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudyExporter</name>
        <message>
            <source>The catalog has no study with Study Instance UID %1</source>
            <translation>Le catalogue ne contient aucun examen de Study Instance UID %1</translation>
        </message>
        <message>
            <source>%1 of the %2 instances of study %3 have no file on this workstation</source>
            <translation>%1 des %2 instances de l’examen %3 n’ont pas de fichier sur ce poste</translation>
        </message>
        <message>
            <source>Study %1 has no instances in the catalog</source>
            <translation>L’examen %1 n’a aucune instance dans le catalogue</translation>
        </message>
        <message>
            <source>There are no files to export</source>
            <translation>Il n’y a aucun fichier à exporter</translation>
        </message>
        <message>
            <source>No target folder was given</source>
            <translation>Aucun dossier de destination n’a été indiqué</translation>
        </message>
        <message>
            <source>%1 exists and is not a folder</source>
            <translation>%1 existe et n’est pas un dossier</translation>
        </message>
        <message>
            <source>%1 already exists and is not empty: choose a new folder</source>
            <translation>%1 existe déjà et n’est pas vide : choisissez un nouveau dossier</translation>
        </message>
        <message>
            <source>The folder %1 does not exist</source>
            <translation>Le dossier %1 n’existe pas</translation>
        </message>
        <message>
            <source>%1 already exists</source>
            <translation>%1 existe déjà</translation>
        </message>
        <message>
            <source>The ISO image cannot be written inside the exported folder %1</source>
            <translation>L’image ISO ne peut pas être écrite dans le dossier exporté %1</translation>
        </message>
        <message>
            <source>No ISO image tool is installed (install the xorriso or genisoimage package)</source>
            <translation>Aucun outil de création d’image ISO n’est installé (installez le paquet xorriso ou genisoimage)</translation>
        </message>
        <message>
            <source>Cannot write in %1: %2</source>
            <translation>Impossible d’écrire dans %1 : %2</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written</source>
            <translation>L’exportation a été annulée ; rien n’a été écrit</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a DICOM instance (no SOP Class or SOP Instance UID)</source>
            <translation>%1 n’est pas une instance DICOM (pas de SOP Class ni de SOP Instance UID)</translation>
        </message>
        <message>
            <source>%1 holds an instance already exported (%2): skipped</source>
            <translation>%1 contient une instance déjà exportée (%2) : ignorée</translation>
        </message>
        <message>
            <source>Cannot de-identify %1: %2</source>
            <translation>Impossible de désidentifier %1 : %2</translation>
        </message>
        <message>
            <source>Cannot create a folder in %1</source>
            <translation>Impossible de créer un dossier dans %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>%1 %2 image(s) of series %3 may show identifying text burned into the pixels (Burned In Annotation is YES or absent): the pixels are not cleaned, check them before sharing</source>
            <translation>%1 %2 image(s) de la série %3 peuvent montrer du texte identifiant incrusté dans les pixels (Burned In Annotation vaut YES ou est absent) : les pixels ne sont pas nettoyés, vérifiez-les avant de les partager</translation>
        </message>
        <message>
            <source>Cannot move the ISO image to %1</source>
            <translation>Impossible de déplacer l’image ISO vers %1</translation>
        </message>
        <message>
            <source>Cannot replace the empty folder %1</source>
            <translation>Impossible de remplacer le dossier vide %1</translation>
        </message>
        <message>
            <source>Cannot move the exported files to %1</source>
            <translation>Impossible de déplacer les fichiers exportés vers %1</translation>
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
            <translation>Coronal</translation>
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
            <translation>Moyenne</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditCommands</name>
        <message>
            <source>The audit trail: who opened, exported, sent, retrieved or deleted which study, and when.</source>
            <translation>La piste d’audit : qui a ouvert, exporté, envoyé, récupéré ou supprimé quel examen, et quand.</translation>
        </message>
        <message>
            <source>Catalog database file or postgresql:// URL.</source>
            <translation>Fichier de base du catalogue ou URL postgresql://.</translation>
        </message>
        <message>
            <source>From this date or time (ISO 8601, local time unless a zone is given).</source>
            <translation>À partir de cette date ou heure (ISO 8601, heure locale sauf si un fuseau est indiqué).</translation>
        </message>
        <message>
            <source>Up to this date (whole day) or time.</source>
            <translation>Jusqu’à cette date (journée entière) ou heure.</translation>
        </message>
        <message>
            <source>Events of this user only.</source>
            <translation>Événements de cet utilisateur uniquement.</translation>
        </message>
        <message>
            <source>Events of this Study Instance UID only.</source>
            <translation>Événements de ce Study Instance UID uniquement.</translation>
        </message>
        <message>
            <source>Events of this action only (StudyOpened, StudySent...).</source>
            <translation>Événements de cette action uniquement (StudyOpened, StudySent...).</translation>
        </message>
        <message>
            <source>At most N events, newest first (default 100).</source>
            <translation>Au plus N événements, du plus récent au plus ancien (100 par défaut).</translation>
        </message>
        <message>
            <source>List the events.</source>
            <translation>Lister les événements.</translation>
        </message>
        <message>
            <source>usage: continuum audit list [--from ISO --to ISO --user U --study UID --action NAME --limit N] [--catalog FILE]</source>
            <translation>usage : continuum audit list [--from ISO --to ISO --user U --study UID --action NOM --limit N] [--catalog FICHIER]</translation>
        </message>
        <message>
            <source>--from needs an ISO 8601 date or time, such as 2026-03-01 or 2026-03-01T08:00</source>
            <translation>--from requiert une date ou une heure ISO 8601, par exemple 2026-03-01 ou 2026-03-01T08:00</translation>
        </message>
        <message>
            <source>--to needs an ISO 8601 date or time, such as 2026-03-31</source>
            <translation>--to requiert une date ou une heure ISO 8601, par exemple 2026-03-31</translation>
        </message>
        <message>
            <source>unknown action %1</source>
            <translation>action inconnue %1</translation>
        </message>
        <message>
            <source>--limit needs a positive number</source>
            <translation>--limit requiert un nombre positif</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>impossible d’ouvrir le catalogue %1 : %2</translation>
        </message>
        <message>
            <source>time</source>
            <translation>heure</translation>
        </message>
        <message>
            <source>user</source>
            <translation>utilisateur</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>study</source>
            <translation>l’examen</translation>
        </message>
        <message>
            <source>node / detail</source>
            <translation>nœud / détail</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditController</name>
        <message>
            <source>The audit trail could not record an event: %1</source>
            <translation>La piste d’audit n’a pas pu enregistrer un événement : %1</translation>
        </message>
        <message>
            <source>Managed store within its limits (%1).</source>
            <translation>Stockage géré dans ses limites (%1).</translation>
        </message>
        <message numerus="yes">
            <source>Managed store: %n stud(ies) not used recently removed from this computer (%1 freed); they can be retrieved again.</source>
            <translation>
                <numerusform>Stockage géré : %n examen non utilisé récemment retiré de cet ordinateur (%1 libérés) ; il peut être récupéré à nouveau.</numerusform>
                <numerusform>Stockage géré : %n examens non utilisés récemment retirés de cet ordinateur (%1 libérés) ; ils peuvent être récupérés à nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <source>The store is still over its size limit: what remains is unsent work, open, or copied from media.</source>
            <translation>Le stockage dépasse toujours sa taille limite : ce qui reste est du travail non envoyé, ouvert, ou copié depuis un support.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <source>any</source>
            <translation>tous</translation>
        </message>
        <message>
            <source>Events from this day on (any: no bound)</source>
            <translation>Événements à partir de ce jour (tous : sans limite)</translation>
        </message>
        <message>
            <source>Events up to this day (any: no bound)</source>
            <translation>Événements jusqu’à ce jour (tous : sans limite)</translation>
        </message>
        <message>
            <source>User (exact name, empty: any)</source>
            <translation>Utilisateur (nom exact, vide : tous)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <source>Study instance UID or patient ID (exact, empty: any)</source>
            <translation>Study Instance UID ou identifiant patient (exact, vide : tous)</translation>
        </message>
        <message>
            <source>Study UID or patient ID</source>
            <translation>UID d’examen ou identifiant patient</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action :</translation>
        </message>
        <message>
            <source>&amp;Study or patient:</source>
            <translation>&amp;Examen ou patient :</translation>
        </message>
        <message>
            <source>Audit events, newest first</source>
            <translation>Événements d’audit, du plus récent au plus ancien</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the selected events, or all shown when none is selected</source>
            <translation>Copier les événements sélectionnés, ou tous ceux affichés si aucun n’est sélectionné</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>Export the events shown to a CSV file</source>
            <translation>Exporter les événements affichés dans un fichier CSV</translation>
        </message>
        <message>
            <source>Close the audit log</source>
            <translation>Fermer le journal d’audit</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n event(s) shown; narrow the filter to see older ones.</source>
            <translation>
                <numerusform>Le %n événement le plus récent est affiché ; affinez le filtre pour voir les plus anciens.</numerusform>
                <numerusform>Les %n événements les plus récents sont affichés ; affinez le filtre pour voir les plus anciens.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s).</source>
            <translation>
                <numerusform>%n événement.</numerusform>
                <numerusform>%n événements.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) copied.</source>
            <translation>
                <numerusform>%n événement copié.</numerusform>
                <numerusform>%n événements copiés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Exporter le journal d’audit</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) written to %1.</source>
            <translation>
                <numerusform>%n événement écrit dans %1.</numerusform>
                <numerusform>%n événements écrits dans %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditLogModel</name>
        <message>
            <source>Study opened</source>
            <translation>Examen ouvert</translation>
        </message>
        <message>
            <source>Study exported</source>
            <translation>Examen exporté</translation>
        </message>
        <message>
            <source>Study sent</source>
            <translation>Examen envoyé</translation>
        </message>
        <message>
            <source>Study retrieved</source>
            <translation>Examen récupéré</translation>
        </message>
        <message>
            <source>Study imported</source>
            <translation>Examen importé</translation>
        </message>
        <message>
            <source>Study deleted</source>
            <translation>Examen supprimé</translation>
        </message>
        <message>
            <source>User switched</source>
            <translation>Changement d’utilisateur</translation>
        </message>
        <message>
            <source>Session locked</source>
            <translation>Session verrouillée</translation>
        </message>
        <message>
            <source>Session unlocked</source>
            <translation>Session déverrouillée</translation>
        </message>
        <message>
            <source>Viewer started</source>
            <translation>Visionneuse démarrée</translation>
        </message>
        <message>
            <source>Viewer stopped</source>
            <translation>Visionneuse arrêtée</translation>
        </message>
        <message>
            <source>Success</source>
            <translation>Succès</translation>
        </message>
        <message>
            <source>Minor failure</source>
            <translation>Échec mineur</translation>
        </message>
        <message>
            <source>Serious failure</source>
            <translation>Échec grave</translation>
        </message>
        <message>
            <source>Major failure</source>
            <translation>Échec majeur</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Poste de travail</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Node or destination</source>
            <translation>Nœud ou destination</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CardiologyWorkspace</name>
        <message>
            <source>Cardiology workspace</source>
            <translation>Espace de travail cardiologie</translation>
        </message>
        <message>
            <source>&amp;Cine loops</source>
            <translation>&amp;Boucles ciné</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Boucle</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Date de l’examen</translation>
        </message>
        <message>
            <source>Cine loops of the patient</source>
            <translation>Boucles ciné du patient</translation>
        </message>
        <message>
            <source>Select up to %1 loops, then press Enter or double-click to play them in step.</source>
            <translation>Sélectionnez jusqu’à %1 boucles, puis appuyez sur Entrée ou double-cliquez pour les lire en synchronisme.</translation>
        </message>
        <message>
            <source>Workspace status</source>
            <translation>État de l’espace de travail</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export loop as MP4…</source>
            <translation>Exporter la boucle en MP4…</translation>
        </message>
        <message>
            <source>One pass of the current loop as H.264 video at the loop's own frame times, grey levels as shown.</source>
            <translation>Un passage de la boucle courante en vidéo H.264 à la cadence propre de la boucle, niveaux de gris tels qu’affichés.</translation>
        </message>
        <message>
            <source>Save frame as PNG…</source>
            <translation>Enregistrer l’image en PNG…</translation>
        </message>
        <message>
            <source>The frame on screen of the current loop, as shown.</source>
            <translation>L’image à l’écran de la boucle courante, telle qu’affichée.</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesurer</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Longueur</translation>
        </message>
        <message>
            <source>Drag on the loop (or click two points) to measure a length on the frame on screen.</source>
            <translation>Faites glisser sur la boucle (ou cliquez deux points) pour mesurer une longueur sur l’image à l’écran.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Surface</translation>
        </message>
        <message>
            <source>Click the outline's points on the loop; double-click or Enter closes it, Esc cancels. On a frame marked ED or ES, trace from one mitral hinge round the apex to the other.</source>
            <translation>Cliquez les points du contour sur la boucle ; un double-clic ou Entrée le ferme, Échap annule. Sur une image marquée TD ou TS, tracez d’une charnière mitrale à l’autre en passant par l’apex.</translation>
        </message>
        <message>
            <source>Mark ED</source>
            <translation>Marquer TD</translation>
        </message>
        <message>
            <source>Mark (or unmark) the frame on screen as end diastole.</source>
            <translation>Marquer (ou démarquer) l’image à l’écran comme télédiastole.</translation>
        </message>
        <message>
            <source>Mark ES</source>
            <translation>Marquer TS</translation>
        </message>
        <message>
            <source>Mark (or unmark) the frame on screen as end systole.</source>
            <translation>Marquer (ou démarquer) l’image à l’écran comme télésystole.</translation>
        </message>
        <message>
            <source>&amp;View of this loop</source>
            <translation>&amp;Vue de cette boucle</translation>
        </message>
        <message>
            <source>not an apical LV view</source>
            <translation>pas une vue apicale du VG</translation>
        </message>
        <message>
            <source>Apical view of the current loop</source>
            <translation>Vue apicale de la boucle courante</translation>
        </message>
        <message>
            <source>Measurements of the current loop</source>
            <translation>Mesures de la boucle courante</translation>
        </message>
        <message>
            <source>Measuring status</source>
            <translation>État de la mesure</translation>
        </message>
        <message>
            <source>LV function</source>
            <translation>Fonction VG</translation>
        </message>
        <message>
            <source>No cine loops for this patient.</source>
            <translation>Aucune boucle ciné pour ce patient.</translation>
        </message>
        <message numerus="yes">
            <source>%n cine loop(s).</source>
            <translation>
                <numerusform>%n boucle ciné.</numerusform>
                <numerusform>%n boucles ciné.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the first %1 selected loops are shown.</source>
            <translation>Seules les %1 premières boucles sélectionnées sont affichées.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Length: drag on the loop; playback pauses on the frame measured.</source>
            <translation>Longueur : faites glisser sur la boucle ; la lecture s’arrête sur l’image mesurée.</translation>
        </message>
        <message>
            <source>Area: click the points, double-click or Enter to close, Esc to cancel.</source>
            <translation>Surface : cliquez les points, double-clic ou Entrée pour fermer, Échap pour annuler.</translation>
        </message>
        <message>
            <source>(calibration unreadable: %1)</source>
            <translation>(étalonnage illisible : %1)</translation>
        </message>
        <message>
            <source>= LV contour, %1</source>
            <translation>= contour VG, %1</translation>
        </message>
        <message>
            <source>ED</source>
            <translation>TD</translation>
        </message>
        <message>
            <source>ES</source>
            <translation>TS</translation>
        </message>
        <message>
            <source>No loop to export.</source>
            <translation>Aucune boucle à exporter.</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Exportation de %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export cancelled; no file written.</source>
            <translation>Exportation annulée ; aucun fichier écrit.</translation>
        </message>
        <message>
            <source>The loop could not be exported: %1</source>
            <translation>La boucle n’a pas pu être exportée : %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n frame(s), %1 s, to %2.</source>
            <translation>
                <numerusform>%n image exportée, %1 s, vers %2.</numerusform>
                <numerusform>%n images exportées, %1 s, vers %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>No frame on screen to save.</source>
            <translation>Aucune image à l’écran à enregistrer.</translation>
        </message>
        <message>
            <source>The frame could not be saved: %1</source>
            <translation>L’image n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>Frame %1 saved to %2.</source>
            <translation>Image %1 enregistrée dans %2.</translation>
        </message>
        <message>
            <source>Export loop as MP4</source>
            <translation>Exporter la boucle en MP4</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>Vidéo MP4 (*.mp4)</translation>
        </message>
        <message>
            <source>Save frame as PNG</source>
            <translation>Enregistrer l’image en PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CatalogBrowserPanel</name>
        <message>
            <source>Search patient name, patient ID or accession</source>
            <translation>Rechercher par nom du patient, identifiant patient ou numéro d’accession</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>From - to</source>
            <translation>Du … au</translation>
        </message>
        <message>
            <source>All modalities</source>
            <translation>Toutes les modalités</translation>
        </message>
        <message>
            <source>&amp;Import...</source>
            <translation>&amp;Importer...</translation>
        </message>
        <message>
            <source>Studies: %1</source>
            <translation>Examens : %1</translation>
        </message>
        <message>
            <source>Select a study to see its series.</source>
            <translation>Sélectionnez un examen pour voir ses séries.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n series (double-click a study to open it, a series to open only that series)</source>
            <translation>
                <numerusform>%1 : %n série (double-cliquez un examen pour l’ouvrir, une série pour n’ouvrir qu’elle)</numerusform>
                <numerusform>%1 : %n séries (double-cliquez un examen pour l’ouvrir, une série pour n’ouvrir qu’elle)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2 : %3</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
        <message>
            <source>Incomplete: the import of this series did not finish, more files may exist. Import the same files again to complete it.</source>
            <translation>Incomplète : l’importation de cette série ne s’est pas terminée, d’autres fichiers peuvent exister. Importez à nouveau les mêmes fichiers pour la compléter.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this series are missing on disk.</source>
            <translation>
                <numerusform>%n fichier de cette série est absent du disque.</numerusform>
                <numerusform>%n fichiers de cette série sont absents du disque.</numerusform>
            </translation>
        </message>
        <message>
            <source>This series holds no image (%1).</source>
            <translation>Cette série ne contient aucune image (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n manquant</numerusform>
                <numerusform>%n manquants</numerusform>
            </translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incomplète</translation>
        </message>
        <message>
            <source>no image</source>
            <translation>aucune image</translation>
        </message>
        <message>
            <source>files missing</source>
            <translation>fichiers manquants</translation>
        </message>
        <message>
            <source>loading...</source>
            <translation>chargement...</translation>
        </message>
        <message>
            <source>cannot show</source>
            <translation>affichage impossible</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CatalogSettingsPage</name>
        <message>
            <source>The study catalog lists the studies this viewer knows. Keep it in a file on this computer, or share one PostgreSQL database within the department.</source>
            <translation>Le catalogue d’examens liste les examens connus de cette visionneuse. Conservez-le dans un fichier sur cet ordinateur, ou partagez une base PostgreSQL au sein du service.</translation>
        </message>
        <message>
            <source>Catalog location</source>
            <translation>Emplacement du catalogue</translation>
        </message>
        <message>
            <source>A full file path, or postgresql://user@host:port/database. Empty: the default catalog.</source>
            <translation>Un chemin de fichier complet, ou postgresql://utilisateur@hôte:port/base. Vide : le catalogue par défaut.</translation>
        </message>
        <message>
            <source>Choose &amp;file...</source>
            <translation>Choisir un &amp;fichier...</translation>
        </message>
        <message>
            <source>Choose a catalog file</source>
            <translation>Choisir un fichier de catalogue</translation>
        </message>
        <message>
            <source>Catalog &amp;location:</source>
            <translation>&amp;Emplacement du catalogue :</translation>
        </message>
        <message>
            <source>Examples: /srv/continuum/catalog.sqlite, postgresql://reader@pacs-db.example.org:5432/continuum?sslmode=require

The password of a shared catalog is never stored in the settings: the viewer asks for it when the server wants one and keeps it in the desktop keyring.

A new location takes effect at the next start of the viewer. The --catalog option and the CONTINUUM_CATALOG environment variable take precedence over this setting.</source>
            <translation>Exemples : /srv/continuum/catalog.sqlite, postgresql://reader@pacs-db.example.org:5432/continuum?sslmode=require

Le mot de passe d’un catalogue partagé n’est jamais stocké dans les réglages : la visionneuse le demande quand le serveur l’exige et le conserve dans le trousseau du bureau.

Un nouvel emplacement prend effet au prochain démarrage de la visionneuse. L’option --catalog et la variable d’environnement CONTINUUM_CATALOG ont priorité sur ce réglage.</translation>
        </message>
        <message>
            <source>Catalog location: %1</source>
            <translation>Emplacement du catalogue : %1</translation>
        </message>
        <message>
            <source>Catalog file</source>
            <translation>Fichier de catalogue</translation>
        </message>
        <message>
            <source>SQLite catalog (*.sqlite *.db);;All files (*)</source>
            <translation>Catalogue SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The default catalog: %1</source>
            <translation>Le catalogue par défaut : %1</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Non valide : %1</translation>
        </message>
        <message>
            <source>Shared PostgreSQL catalog: database %1 on %2, port %3</source>
            <translation>Catalogue PostgreSQL partagé : base %1 sur %2, port %3</translation>
        </message>
        <message>
            <source>, user %1</source>
            <translation>, utilisateur %1</translation>
        </message>
        <message>
            <source>The password in the URL will not be stored: the viewer asks for it and keeps it in the keyring.</source>
            <translation>Le mot de passe présent dans l’URL ne sera pas stocké : la visionneuse le demande et le conserve dans le trousseau.</translation>
        </message>
        <message>
            <source>Catalog file on this computer.</source>
            <translation>Fichier de catalogue sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Catalog file on this computer (created at the next start).</source>
            <translation>Fichier de catalogue sur cet ordinateur (créé au prochain démarrage).</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineControlBar</name>
        <message>
            <source>Cine controls</source>
            <translation>Commandes ciné</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Première image</translation>
        </message>
        <message>
            <source>Previous frame</source>
            <translation>Image précédente</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Next frame</source>
            <translation>Image suivante</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Dernière image</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Boucle</translation>
        </message>
        <message>
            <source>Bounce</source>
            <translation>Aller-retour</translation>
        </message>
        <message>
            <source>Playback sequence</source>
            <translation>Séquence de lecture</translation>
        </message>
        <message>
            <source>Loop: first to last, again. Bounce: first to last and back.</source>
            <translation>Boucle : de la première à la dernière, puis à nouveau. Aller-retour : de la première à la dernière, puis en sens inverse.</translation>
        </message>
        <message>
            <source>&amp;Speed</source>
            <translation>&amp;Vitesse</translation>
        </message>
        <message>
            <source>%1x</source>
            <translation>%1x</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Vitesse de lecture</translation>
        </message>
        <message>
            <source>&amp;Override rate</source>
            <translation>&amp;Forcer la cadence</translation>
        </message>
        <message>
            <source>Override the file's frame rate</source>
            <translation>Forcer la cadence d’images du fichier</translation>
        </message>
        <message>
            <source> fps</source>
            <translation> i/s</translation>
        </message>
        <message>
            <source>Override frame rate</source>
            <translation>Forcer la cadence d’images</translation>
        </message>
        <message>
            <source>Frame rate and its source</source>
            <translation>Cadence d’images et sa source</translation>
        </message>
        <message>
            <source>Dropped frames</source>
            <translation>Images perdues</translation>
        </message>
        <message>
            <source>Frames whose time passed before they reached the screen. While the loop plays, they are counted in its bottom-right corner; here when it stops.</source>
            <translation>Images dont le moment est passé avant d’atteindre l’écran. Pendant la lecture, elles sont comptées dans le coin inférieur droit de la boucle ; ici, à l’arrêt.</translation>
        </message>
        <message>
            <source>No loop</source>
            <translation>Aucune boucle</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <translation>Perdues : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineGridView</name>
        <message>
            <source>Cine loops</source>
            <translation>Boucles ciné</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>&amp;Disposition</translation>
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
            <translation>Disposition des boucles</translation>
        </message>
        <message>
            <source>Mark end diastole</source>
            <translation>Marquer la télédiastole</translation>
        </message>
        <message>
            <source>Clear end-diastole marks</source>
            <translation>Effacer les marques de télédiastole</translation>
        </message>
        <message>
            <source>whole loop as one beat (no ECG)</source>
            <translation>boucle entière comme un battement (pas d’ECG)</translation>
        </message>
        <message>
            <source>Beat source</source>
            <translation>Source des battements</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineSettingsPage</name>
        <message>
            <source>Cine memory budget per viewport, in mebibytes</source>
            <translation>Budget mémoire ciné par fenêtre d’affichage, en mébioctets</translation>
        </message>
        <message>
            <source> MiB</source>
            <translation> Mio</translation>
        </message>
        <message>
            <source>Cine &amp;memory per viewport:</source>
            <translation>&amp;Mémoire ciné par fenêtre :</translation>
        </message>
        <message>
            <source>Each cine viewport decodes frames ahead of the play position and keeps as many as this memory holds: more memory lets longer loops play without decoding again. A grid of cine viewports uses this much for each. The default is %1 MiB. A new budget applies to the next loop opened.</source>
            <translation>Chaque fenêtre ciné décode les images en avance sur la position de lecture et en garde autant que cette mémoire le permet : plus de mémoire permet de lire des boucles plus longues sans nouveau décodage. Une grille de fenêtres ciné utilise cette quantité pour chacune. La valeur par défaut est %1 Mio. Un nouveau budget s’applique à la prochaine boucle ouverte.</translation>
        </message>
        <message>
            <source>Cine memory: %1</source>
            <translation>Mémoire ciné : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineToolsStore</name>
        <message>
            <source>The measurements stored for this loop by %1 cannot be read: %2</source>
            <translation>Les mesures enregistrées pour cette boucle par %1 ne peuvent pas être lues : %2</translation>
        </message>
        <message>
            <source>The loop's study is not in the catalog: its measurements are not kept.</source>
            <translation>L’examen de la boucle n’est pas dans le catalogue : ses mesures ne sont pas conservées.</translation>
        </message>
        <message>
            <source>Not saved: %1 changed this loop's measurements at %2. Reopen the loop to see them.</source>
            <translation>Non enregistré : %1 a modifié les mesures de cette boucle le %2. Rouvrez la boucle pour les voir.</translation>
        </message>
        <message>
            <source>The loop's measurements were not saved: %1</source>
            <translation>Les mesures de la boucle n’ont pas été enregistrées : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::EcgTraceWidget</name>
        <message>
            <source>ECG: cursor at the current frame, green marks at the R waves</source>
            <translation>ECG : curseur sur l’image courante, repères verts sur les ondes R</translation>
        </message>
        <message>
            <source>No ECG waveform in this study</source>
            <translation>Aucun tracé ECG dans cet examen</translation>
        </message>
        <message>
            <source>%1   %2 mV / %3 ms per large box</source>
            <translation>%1   %2 mV / %3 ms par grand carreau</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ExportStudyDialog</name>
        <message>
            <source>Export Study</source>
            <translation>Exporter l’examen</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n instance(s)</source>
            <translation>
                <numerusform>%1 — %n instance</numerusform>
                <numerusform>%1 — %n instances</numerusform>
            </translation>
        </message>
        <message>
            <source>A new or empty folder</source>
            <translation>Un dossier nouveau ou vide</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <source>Anonymize (DICOM PS3.15 Basic Application Level Confidentiality Profile)</source>
            <translation>Anonymiser (profil de confidentialité DICOM PS3.15 Basic Application Level)</translation>
        </message>
        <message>
            <source>a new ANON-… ID</source>
            <translation>un nouvel identifiant ANON-…</translation>
        </message>
        <message>
            <source>Keep dates and times (Retain Longitudinal Temporal Information, Full Dates)</source>
            <translation>Conserver les dates et heures (Retain Longitudinal Temporal Information, Full Dates)</translation>
        </message>
        <message>
            <source>Keep UIDs (Retain UIDs)</source>
            <translation>Conserver les UID (Retain UIDs)</translation>
        </message>
        <message>
            <source>Patient name:</source>
            <translation>Nom du patient :</translation>
        </message>
        <message>
            <source>Patient ID:</source>
            <translation>Identifiant patient :</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Write a DICOMDIR (for CD, DVD or USB)</source>
            <translation>Écrire un DICOMDIR (pour CD, DVD ou USB)</translation>
        </message>
        <message>
            <source>Also write an ISO image:</source>
            <translation>Écrire aussi une image ISO :</translation>
        </message>
        <message>
            <source>study.iso</source>
            <translation>examen.iso</translation>
        </message>
        <message>
            <source>ISO image</source>
            <translation>Image ISO</translation>
        </message>
        <message>
            <source>ISO images (*.iso)</source>
            <translation>Images ISO (*.iso)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>The study has no files on this workstation.</source>
            <translation>L’examen n’a aucun fichier sur ce poste.</translation>
        </message>
        <message>
            <source>Choose the folder to export to.</source>
            <translation>Choisissez le dossier de destination.</translation>
        </message>
        <message>
            <source>Choose where to write the ISO image.</source>
            <translation>Choisissez où écrire l’image ISO.</translation>
        </message>
        <message>
            <source>Patient name: %1</source>
            <translation>Nom du patient : %1</translation>
        </message>
        <message>
            <source>Patient ID: %1</source>
            <translation>Identifiant patient : %1</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Writing the DICOMDIR…</source>
            <translation>Écriture du DICOMDIR…</translation>
        </message>
        <message>
            <source>Writing the ISO image…</source>
            <translation>Écriture de l’image ISO…</translation>
        </message>
        <message>
            <source>%1 of %2 files</source>
            <translation>%1 fichiers sur %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n instance(s).</source>
            <translation>
                <numerusform>%n instance exportée.</numerusform>
                <numerusform>%n instances exportées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Dossier : %1</translation>
        </message>
        <message>
            <source>Anonymized as %1 (patient ID %2)</source>
            <translation>Anonymisé en %1 (identifiant patient %2)</translation>
        </message>
        <message>
            <source>DICOMDIR: %1</source>
            <translation>DICOMDIR : %1</translation>
        </message>
        <message>
            <source>ISO image: %1</source>
            <translation>Image ISO : %1</translation>
        </message>
        <message>
            <source>Nothing was exported.</source>
            <translation>Rien n’a été exporté.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Avertissement : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ImportDialog</name>
        <message>
            <source>Import into the Study Catalog</source>
            <translation>Importer dans le catalogue d’examens</translation>
        </message>
        <message>
            <source>Files and folders to import (folders are searched recursively):</source>
            <translation>Fichiers et dossiers à importer (les dossiers sont parcourus récursivement) :</translation>
        </message>
        <message>
            <source>Add &amp;Files...</source>
            <translation>Ajouter des &amp;fichiers...</translation>
        </message>
        <message>
            <source>Add F&amp;older...</source>
            <translation>Ajouter un &amp;dossier...</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>How to import</source>
            <translation>Mode d’importation</translation>
        </message>
        <message>
            <source>Reference the files where they are (fast; they must stay there)</source>
            <translation>Référencer les fichiers là où ils sont (rapide ; ils doivent y rester)</translation>
        </message>
        <message>
            <source>Copy into the managed store (CDs, USB sticks, network shares): %1</source>
            <translation>Copier dans le stockage géré (CD, clés USB, partages réseau) : %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Cancel Import</source>
            <translation>&amp;Annuler l’importation</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Import DICOM files</source>
            <translation>Importer des fichiers DICOM</translation>
        </message>
        <message>
            <source>Import a folder of DICOM files</source>
            <translation>Importer un dossier de fichiers DICOM</translation>
        </message>
        <message>
            <source>Copying into the managed store and indexing: %1</source>
            <translation>Copie dans le stockage géré et indexation : %1</translation>
        </message>
        <message>
            <source>Indexing: %1</source>
            <translation>Indexation : %1</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Annulation...</translation>
        </message>
        <message>
            <source>Looking for files...</source>
            <translation>Recherche des fichiers...</translation>
        </message>
        <message>
            <source>%1 of %2 files, %3 files/s</source>
            <translation>%1 fichiers sur %2, %3 fichiers/s</translation>
        </message>
        <message>
            <source>, about %1 left</source>
            <translation>, environ %1 restant</translation>
        </message>
        <message>
            <source> (cancelling after the files in flight)</source>
            <translation> (annulation après les fichiers en cours)</translation>
        </message>
        <message numerus="yes">
            <source>%n new image(s)</source>
            <translation>
                <numerusform>%n nouvelle image</numerusform>
                <numerusform>%n nouvelles images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the catalog</source>
            <translation>
                <numerusform>%n déjà dans le catalogue</numerusform>
                <numerusform>%n déjà dans le catalogue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refusé</numerusform>
                <numerusform>%n refusés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignoré</numerusform>
                <numerusform>%n ignorés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) handled: %1.</source>
            <translation>
                <numerusform>%n fichier traité : %1.</numerusform>
                <numerusform>%n fichiers traités : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n study(ies) added to or updated; they are selected in the study list.</source>
            <translation>
                <numerusform>%n examen ajouté ou mis à jour ; il est sélectionné dans la liste des examens.</numerusform>
                <numerusform>%n examens ajoutés ou mis à jour ; ils sont sélectionnés dans la liste des examens.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled after %1 of %2 files; what was written so far stays in the catalog, and importing the same files again completes it.</source>
            <translation>Importation annulée après %1 fichiers sur %2 ; ce qui a été écrit reste dans le catalogue, et importer à nouveau les mêmes fichiers la complète.</translation>
        </message>
        <message>
            <source>The catalog failed during the import: %1</source>
            <translation>Le catalogue a échoué pendant l’importation : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) carry the SOP Instance UID of an instance already in the catalog but different content. Nothing was overwritten: the catalog keeps the first; check where the others come from.</source>
            <translation>
                <numerusform>%n fichier porte le SOP Instance UID d’une instance déjà présente dans le catalogue mais avec un contenu différent. Rien n’a été écrasé : le catalogue garde la première ; vérifiez la provenance de l’autre.</numerusform>
                <numerusform>%n fichiers portent le SOP Instance UID d’une instance déjà présente dans le catalogue mais avec un contenu différent. Rien n’a été écrasé : le catalogue garde la première ; vérifiez la provenance des autres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignoré</translation>
        </message>
        <message>
            <source>SOP Instance UID %1: same UID as a catalogued instance, different content</source>
            <translation>SOP Instance UID %1 : même UID qu’une instance cataloguée, contenu différent</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::IncomingStudiesReceiver</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LanguageSettingsPage</name>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>The language of menus, messages, dates and numbers. It takes effect at the next start of the viewer.

Translations are being completed: text not yet translated appears in English.</source>
            <translation>La langue des menus, des messages, des dates et des nombres. Elle prend effet au prochain démarrage de la visionneuse.

Les traductions sont en cours d’achèvement : le texte non encore traduit apparaît en anglais.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Langue : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LesionTableView</name>
        <message>
            <source>Organ (at most 2 target lesions per organ)</source>
            <translation>Organe (au plus 2 lésions cibles par organe)</translation>
        </message>
        <message>
            <source>Lymph node: measured on its short axis</source>
            <translation>Ganglion : mesuré selon son petit axe</translation>
        </message>
        <message>
            <source>Not RECIST 1.1 conformant: %1</source>
            <translation>Non conforme à RECIST 1.1 : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LockScreen</name>
        <message>
            <source>Session locked</source>
            <translation>Session verrouillée</translation>
        </message>
        <message>
            <source>Patient data is hidden while the viewer is locked. This is a privacy lock: it does not check a password, and whoever continues is recorded in the audit log under the name shown.</source>
            <translation>Les données du patient sont masquées tant que la visionneuse est verrouillée. Il s’agit d’un verrouillage de confidentialité : il ne vérifie aucun mot de passe, et la personne qui reprend la session est enregistrée dans le journal d’audit sous le nom affiché.</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>Changer d’&amp;utilisateur…</translation>
        </message>
        <message>
            <source>Switch the reading user and unlock</source>
            <translation>Changer d’utilisateur lecteur et déverrouiller</translation>
        </message>
        <message>
            <source>Continuum — locked</source>
            <translation>Continuum — verrouillé</translation>
        </message>
        <message>
            <source>Locked — %1 — since %2</source>
            <translation>Verrouillé — %1 — depuis %2</translation>
        </message>
        <message>
            <source>&amp;Continue as %1</source>
            <translation>&amp;Continuer en tant que %1</translation>
        </message>
        <message>
            <source>Unlock and continue as %1</source>
            <translation>Déverrouiller et continuer en tant que %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LvFunctionPanel</name>
        <message>
            <source>LV function</source>
            <translation>Fonction VG</translation>
        </message>
        <message>
            <source>%1: no loop</source>
            <translation>%1 : aucune boucle</translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>aucune marquée</translation>
        </message>
        <message>
            <source>%1 (%2): ED frame %3; ES frame %4</source>
            <translation>%1 (%2) : image TD %3 ; image TS %4</translation>
        </message>
        <message>
            <source>%1: -</source>
            <translation>%1 : -</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2 mL (%3)</source>
            <translation>%1 : %2 mL (%3)</translation>
        </message>
        <message>
            <source>EDV</source>
            <translation>VTD</translation>
        </message>
        <message>
            <source>ESV</source>
            <translation>VTS</translation>
        </message>
        <message>
            <source>EF %1 %</source>
            <translation>FE %1 %</translation>
        </message>
        <message>
            <source>EF: -</source>
            <translation>FE : -</translation>
        </message>
        <message>
            <source>Missing:</source>
            <translation>Manquant :</translation>
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
            <translation>Aucun catalogue d’examens n’est ouvert.</translation>
        </message>
        <message>
            <source>Study List</source>
            <translation>Liste des examens</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Visionneuse</translation>
        </message>
        <message>
            <source>Hanging protocol not loaded: %1</source>
            <translation>Protocole d’affichage non chargé : %1</translation>
        </message>
        <message>
            <source>Hanging protocol layout</source>
            <translation>Disposition du protocole d’affichage</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Disposition</translation>
        </message>
        <message>
            <source>Patient / series</source>
            <translation>Patient / série</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Warnings and refused files</source>
            <translation>Avertissements et fichiers refusés</translation>
        </message>
        <message>
            <source>Reports and key objects</source>
            <translation>Comptes rendus et objets clés</translation>
        </message>
        <message>
            <source>The referenced image %1 is not among the images open.</source>
            <translation>L’image référencée %1 ne fait pas partie des images ouvertes.</translation>
        </message>
        <message>
            <source>Reports and key objects (%1)</source>
            <translation>Comptes rendus et objets clés (%1)</translation>
        </message>
        <message>
            <source>Patient timeline</source>
            <translation>Chronologie du patient</translation>
        </message>
        <message numerus="yes">
            <source>%n selected study(ies) are only on the PACS and are being retrieved; compare again when they have arrived.</source>
            <translation>
                <numerusform>%n examen sélectionné n’est que sur le PACS et est en cours de récupération ; comparez à nouveau une fois arrivé.</numerusform>
                <numerusform>%n examens sélectionnés ne sont que sur le PACS et sont en cours de récupération ; comparez à nouveau une fois arrivés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading %1/%2</source>
            <translation>Chargement %1/%2</translation>
        </message>
        <message>
            <source>All %1 images loaded</source>
            <translation>Les %1 images sont chargées</translation>
        </message>
        <message>
            <source>%1 of %2 images loaded, %3 could not be decoded</source>
            <translation>%1 images sur %2 chargées, %3 n’ont pas pu être décodées</translation>
        </message>
        <message>
            <source>This image cannot be shown: %1</source>
            <translation>Cette image ne peut pas être affichée : %1</translation>
        </message>
        <message>
            <source>Reading as %1.</source>
            <translation>Lecture en tant que %1.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Open Files...</source>
            <translation>&amp;Ouvrir des fichiers...</translation>
        </message>
        <message>
            <source>Open &amp;Folder...</source>
            <translation>Ouvrir un &amp;dossier...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <source>&amp;Import into the Study Catalog...</source>
            <translation>&amp;Importer dans le catalogue d’examens...</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Export Study (anonymized, DICOMDIR)...</source>
            <translation>&amp;Exporter l’examen (anonymisé, DICOMDIR)...</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Paramètres...</translation>
        </message>
        <message>
            <source>PACS nodes saved to %1</source>
            <translation>Nœuds PACS enregistrés dans %1</translation>
        </message>
        <message>
            <source>S&amp;witch User...</source>
            <translation>&amp;Changer d’utilisateur...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+U</source>
            <translation>Ctrl+Shift+U</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Study List</source>
            <translation>&amp;Liste des examens</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>&amp;Viewer</source>
            <translation>&amp;Visionneuse</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>&amp;Layout (hanging protocol)</source>
            <translation>&amp;Disposition (protocole d’affichage)</translation>
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <source>&amp;Reformat (MPR)</source>
            <translation>&amp;Reconstruction (MPR)</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>A&amp;juster à la fenêtre</translation>
        </message>
        <message>
            <source>&amp;Reset Window/Level</source>
            <translation>Réi&amp;nitialiser fenêtre/niveau</translation>
        </message>
        <message>
            <source>Rotate &amp;Clockwise</source>
            <translation>Rotation &amp;horaire</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Rotate C&amp;ounterclockwise</source>
            <translation>Rotation an&amp;tihoraire</translation>
        </message>
        <message>
            <source>Ctrl+Shift+R</source>
            <translation>Ctrl+Shift+R</translation>
        </message>
        <message>
            <source>Flip &amp;Horizontally</source>
            <translation>Miroir hori&amp;zontal</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>Flip V&amp;ertically</source>
            <translation>Miroir v&amp;ertical</translation>
        </message>
        <message>
            <source>Ctrl+Shift+H</source>
            <translation>Ctrl+Shift+H</translation>
        </message>
        <message>
            <source>&amp;Invert Grey Levels</source>
            <translation>&amp;Inverser les niveaux de gris</translation>
        </message>
        <message>
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <source>&amp;Magnifier</source>
            <translation>Lou&amp;pe</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Window/Level (drag)</source>
            <translation>&amp;Fenêtre/niveau (glisser)</translation>
        </message>
        <message>
            <source>&amp;Select</source>
            <translation>&amp;Sélection</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Longueur</translation>
        </message>
        <message>
            <source>&amp;Angle</source>
            <translation>&amp;Angle</translation>
        </message>
        <message>
            <source>&amp;Cobb Angle</source>
            <translation>Angle de &amp;Cobb</translation>
        </message>
        <message>
            <source>&amp;Ellipse ROI</source>
            <translation>ROI &amp;ellipse</translation>
        </message>
        <message>
            <source>&amp;Freehand ROI</source>
            <translation>ROI à &amp;main levée</translation>
        </message>
        <message>
            <source>Pixel &amp;Probe</source>
            <translation>Son&amp;de de pixel</translation>
        </message>
        <message>
            <source>&amp;Delete Selected Measurement</source>
            <translation>Supp&amp;rimer la mesure sélectionnée</translation>
        </message>
        <message>
            <source>Toggle &amp;Key Image</source>
            <translation>&amp;Basculer l’image clé</translation>
        </message>
        <message>
            <source>Export Key Images (&amp;KOS)...</source>
            <translation>Exporter les images clés (&amp;KOS)...</translation>
        </message>
        <message>
            <source>Export &amp;Presentation State (GSPS)...</source>
            <translation>Exporter l’état de &amp;présentation (GSPS)...</translation>
        </message>
        <message>
            <source>&amp;Apply Presentation States</source>
            <translation>Appli&amp;quer les états de présentation</translation>
        </message>
        <message>
            <source>Mark Study &amp;Read</source>
            <translation>Marquer l’examen comme l&amp;u</translation>
        </message>
        <message>
            <source>A&amp;udit Log...</source>
            <translation>&amp;Journal d’audit...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Protocol</source>
            <translation>&amp;Protocole</translation>
        </message>
        <message>
            <source>&amp;Save This Layout as a Protocol...</source>
            <translation>&amp;Enregistrer cette disposition comme protocole...</translation>
        </message>
        <message>
            <source>&amp;Edit the Protocol Shown...</source>
            <translation>&amp;Modifier le protocole affiché...</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>Fe&amp;nêtrage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;About Continuum</source>
            <translation>À &amp;propos de Continuum</translation>
        </message>
        <message>
            <source>About Continuum</source>
            <translation>À propos de Continuum</translation>
        </message>
        <message>
            <source>Continuum %1: diagnostic DICOM viewer.
Mouse: wheel = slice, left drag = window/level, right drag = zoom, middle drag = pan. Keys: Home = fit, R = reset, 1-9 = window presets.</source>
            <translation>Continuum %1 : visionneuse DICOM de diagnostic.
Souris : molette = coupe, glisser gauche = fenêtre/niveau, glisser droit = zoom, glisser milieu = déplacement. Touches : Origine = ajuster, R = réinitialiser, 1-9 = préréglages de fenêtre.</translation>
        </message>
        <message>
            <source>&amp;Default (from the images)</source>
            <translation>&amp;Par défaut (d’après les images)</translation>
        </message>
        <message>
            <source>%1 (from this image's values)</source>
            <translation>%1 (d’après les valeurs de cette image)</translation>
        </message>
        <message>
            <source>%1 (W %2 / L %3)</source>
            <translation>%1 (L %2 / N %3)</translation>
        </message>
        <message>
            <source>Open DICOM files</source>
            <translation>Ouvrir des fichiers DICOM</translation>
        </message>
        <message>
            <source>Open a folder of DICOM files</source>
            <translation>Ouvrir un dossier de fichiers DICOM</translation>
        </message>
        <message>
            <source>Open a series in the viewer first: MPR reformats the series shown there.</source>
            <translation>Ouvrez d’abord une série dans la visionneuse : la MPR reconstruit la série qui y est affichée.</translation>
        </message>
        <message>
            <source>This series cannot be reformatted: %1</source>
            <translation>Cette série ne peut pas être reconstruite : %1</translation>
        </message>
        <message>
            <source>Multiplanar reformat: axial, coronal and sagittal</source>
            <translation>Reconstruction multiplanaire : axiale, coronale et sagittale</translation>
        </message>
        <message>
            <source>MPR</source>
            <translation>MPR</translation>
        </message>
        <message>
            <source>Building the volume for MPR...</source>
            <translation>Construction du volume pour la MPR...</translation>
        </message>
        <message>
            <source>MPR: click to move the crosshair, wheel to step, Ctrl+drag for window/level.</source>
            <translation>MPR : cliquez pour déplacer le réticule, molette pour avancer, Ctrl+glisser pour fenêtre/niveau.</translation>
        </message>
        <message>
            <source>Preparing %1...</source>
            <translation>Préparation de %1...</translation>
        </message>
        <message>
            <source>Reading %1...</source>
            <translation>Lecture de %1...</translation>
        </message>
        <message>
            <source>No image could be opened: %1</source>
            <translation>Aucune image n’a pu être ouverte : %1</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>%1 (ID %2)</source>
            <translation>%1 (ID %2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Study %1 %2</source>
            <translation>Examen %1 %2</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Avertissement : %1</translation>
        </message>
        <message>
            <source>Refused %1: %2</source>
            <translation>Refusé %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n file(s) that are not DICOM, e.g. %1</source>
            <translation>
                <numerusform>%n fichier non DICOM ignoré, par exemple %1</numerusform>
                <numerusform>%n fichiers non DICOM ignorés, par exemple %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Continuum - %1</source>
            <translation>Continuum - %1</translation>
        </message>
        <message>
            <source>Export into which folder?</source>
            <translation>Exporter dans quel dossier ?</translation>
        </message>
        <message>
            <source>Reading the prior studies for the layout...</source>
            <translation>Lecture des examens antérieurs pour la disposition...</translation>
        </message>
        <message>
            <source>Open a study to see it in its hanging-protocol layout.</source>
            <translation>Ouvrez un examen pour le voir dans la disposition de son protocole d’affichage.</translation>
        </message>
        <message>
            <source>No hanging protocol matches what is open; the Viewer tab shows its series.</source>
            <translation>Aucun protocole d’affichage ne correspond à ce qui est ouvert ; l’onglet Visionneuse montre ses séries.</translation>
        </message>
        <message>
            <source>%1 (my layout)</source>
            <translation>%1 (ma disposition)</translation>
        </message>
        <message>
            <source>Protocol saved: %1</source>
            <translation>Protocole enregistré : %1</translation>
        </message>
        <message>
            <source>Waiting for the study catalog to open patient %1...</source>
            <translation>En attente de l’ouverture du catalogue d’examens pour le patient %1...</translation>
        </message>
        <message>
            <source>That study is expected but not on any archive yet.</source>
            <translation>Cet examen est attendu mais n’est encore sur aucune archive.</translation>
        </message>
        <message>
            <source>The study catalog %1 cannot be opened: %2</source>
            <translation>Le catalogue d’examens %1 ne peut pas être ouvert : %2</translation>
        </message>
        <message>
            <source>Opening the study catalog %1...</source>
            <translation>Ouverture du catalogue d’examens %1...</translation>
        </message>
        <message>
            <source>The study catalog %1 cannot be opened: %2
The viewer still opens files (File &gt; Open).</source>
            <translation>Le catalogue d’examens %1 ne peut pas être ouvert : %2
La visionneuse ouvre toujours des fichiers (Fichier &gt; Ouvrir).</translation>
        </message>
        <message>
            <source>The study catalog cannot be opened: %1</source>
            <translation>Le catalogue d’examens ne peut pas être ouvert : %1</translation>
        </message>
        <message>
            <source>The patient cannot be opened: the study catalog cannot be opened (%1).</source>
            <translation>Le patient ne peut pas être ouvert : le catalogue d’examens ne peut pas être ouvert (%1).</translation>
        </message>
        <message>
            <source>Worklist</source>
            <translation>Liste de travail</translation>
        </message>
        <message>
            <source>Oncology tumor-board workspace</source>
            <translation>Espace de travail oncologie (RCP)</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Oncologie</translation>
        </message>
        <message>
            <source>Cardiology cine workspace</source>
            <translation>Espace de travail ciné cardiologie</translation>
        </message>
        <message>
            <source>Cardiology</source>
            <translation>Cardiologie</translation>
        </message>
        <message numerus="yes">
            <source>%n loop(s) playing in step; ECG under %1 of them.</source>
            <translation>
                <numerusform>%n boucle lue en synchronisme ; ECG sous %1 d’entre elles.</numerusform>
                <numerusform>%n boucles lues en synchronisme ; ECG sous %1 d’entre elles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loop(s) playing in step.</source>
            <translation>
                <numerusform>%n boucle lue en synchronisme.</numerusform>
                <numerusform>%n boucles lues en synchronisme.</numerusform>
            </translation>
        </message>
        <message>
            <source>PACS</source>
            <translation>PACS</translation>
        </message>
        <message>
            <source>The study was retrieved into the catalog.</source>
            <translation>L’examen a été récupéré dans le catalogue.</translation>
        </message>
        <message numerus="yes">
            <source>%n study(ies) received</source>
            <translation>
                <numerusform>%n étude reçue</numerusform>
                <numerusform>%n études reçues</numerusform>
            </translation>
        </message>
        <message>
            <source>No study catalog is open: nothing can be imported.</source>
            <translation>Aucun catalogue d’examens n’est ouvert : rien ne peut être importé.</translation>
        </message>
        <message>
            <source>An import is running: wait for it or cancel it first.</source>
            <translation>Une importation est en cours : attendez-la ou annulez-la d’abord.</translation>
        </message>
        <message>
            <source>Select a catalogued study to export (Study List), or open one.</source>
            <translation>Sélectionnez un examen catalogué à exporter (Liste des examens), ou ouvrez-en un.</translation>
        </message>
        <message>
            <source>Export Study</source>
            <translation>Exporter l’examen</translation>
        </message>
        <message>
            <source>The study cannot be exported: %1</source>
            <translation>L’examen ne peut pas être exporté : %1</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>Import finished: %n new image(s)</source>
            <translation>
                <numerusform>Importation terminée : %n nouvelle image</numerusform>
                <numerusform>Importation terminée : %n nouvelles images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n file(s) of this study is on this computer any more.</source>
            <translation>
                <numerusform>Le seul fichier (%n) de cet examen n’est plus sur cet ordinateur.</numerusform>
                <numerusform>Aucun des %n fichiers de cet examen n’est plus sur cet ordinateur.</numerusform>
            </translation>
        </message>
        <message>
            <source>This study has no files to open.</source>
            <translation>Cet examen n’a aucun fichier à ouvrir.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this study are missing on disk; the other %1 are opened.</source>
            <translation>
                <numerusform>%n fichier de cet examen est absent du disque ; les %1 autres sont ouverts.</numerusform>
                <numerusform>%n fichiers de cet examen sont absents du disque ; les %1 autres sont ouverts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Comparing %n study(ies) with the newest as current.</source>
            <translation>
                <numerusform>Comparaison de %n examen avec le plus récent comme examen actuel.</numerusform>
                <numerusform>Comparaison de %n examens avec le plus récent comme examen actuel.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::NodeSettingsPage</name>
        <message>
            <source>Remote nodes</source>
            <translation>Nœuds distants</translation>
        </message>
        <message>
            <source>Add DIMSE</source>
            <translation>Ajouter DIMSE</translation>
        </message>
        <message>
            <source>Add DICOMweb</source>
            <translation>Ajouter DICOMweb</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Nœud</translation>
        </message>
        <message>
            <source>a unique name, e.g. main-pacs</source>
            <translation>un nom unique, par ex. pacs-principal</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>DIMSE (DICOM network)</source>
            <translation>DIMSE (réseau DICOM)</translation>
        </message>
        <message>
            <source>DICOMweb</source>
            <translation>DICOMweb</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Délai d’attente</translation>
        </message>
        <message>
            <source>DIMSE</source>
            <translation>DIMSE</translation>
        </message>
        <message>
            <source>called AE title</source>
            <translation>AE title appelé</translation>
        </message>
        <message>
            <source>AE title</source>
            <translation>AE title</translation>
        </message>
        <message>
            <source>host name or IP address</source>
            <translation>nom d’hôte ou adresse IP</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Use DICOM TLS</source>
            <translation>Utiliser DICOM TLS</translation>
        </message>
        <message>
            <source>PEM files of the server's CA, separated by ;</source>
            <translation>Fichiers PEM de l’AC du serveur, séparés par ;</translation>
        </message>
        <message>
            <source>Trusted certificates</source>
            <translation>Certificats de confiance</translation>
        </message>
        <message>
            <source>Verify the server's certificate</source>
            <translation>Vérifier le certificat du serveur</translation>
        </message>
        <message>
            <source>optional: our client certificate (PEM)</source>
            <translation>facultatif : notre certificat client (PEM)</translation>
        </message>
        <message>
            <source>Client certificate</source>
            <translation>Certificat client</translation>
        </message>
        <message>
            <source>its private key (PEM)</source>
            <translation>sa clé privée (PEM)</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>Clé privée</translation>
        </message>
        <message>
            <source>leave empty to keep the saved one (or none)</source>
            <translation>laisser vide pour garder celui enregistré (ou aucun)</translation>
        </message>
        <message>
            <source>Key password</source>
            <translation>Mot de passe de la clé</translation>
        </message>
        <message>
            <source>C-GET (no set-up on the node)</source>
            <translation>C-GET (rien à configurer sur le nœud)</translation>
        </message>
        <message>
            <source>C-MOVE to our AE (the node must know our AE title, host and port)</source>
            <translation>C-MOVE vers notre AE (le nœud doit connaître notre titre AE, notre hôte et notre port)</translation>
        </message>
        <message>
            <source>Retrieve with</source>
            <translation>Récupérer par</translation>
        </message>
        <message>
            <source>Modality worklist server (scheduled procedures)</source>
            <translation>Serveur de liste de travail de modalité (procédures planifiées)</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>URL de base</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Basique (utilisateur et mot de passe)</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Jeton Bearer</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Authentification</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>leave empty to keep the saved one</source>
            <translation>laisser vide pour garder celui enregistré</translation>
        </message>
        <message>
            <source>Password or token</source>
            <translation>Mot de passe ou jeton</translation>
        </message>
        <message>
            <source>optional: extra trusted CA certificates (PEM)</source>
            <translation>facultatif : certificats d’AC de confiance supplémentaires (PEM)</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>Certificats d’AC</translation>
        </message>
        <message>
            <source>This workstation</source>
            <translation>Ce poste de travail</translation>
        </message>
        <message>
            <source>Our AE title</source>
            <translation>Notre AE title</translation>
        </message>
        <message>
            <source>Our port</source>
            <translation>Notre port</translation>
        </message>
        <message>
            <source>AE titles allowed to send to us, separated by commas; empty: any</source>
            <translation>AE titles autorisés à nous envoyer, séparés par des virgules ; vide : tous</translation>
        </message>
        <message>
            <source>Allowed callers</source>
            <translation>Appelants autorisés</translation>
        </message>
        <message>
            <source>Receive studies sent to this workstation (our port stays open while Continuum runs)</source>
            <translation>Recevoir les études envoyées à ce poste (notre port reste ouvert tant que Continuum tourne)</translation>
        </message>
        <message>
            <source>Receive over DICOM TLS</source>
            <translation>Recevoir via DICOM TLS</translation>
        </message>
        <message>
            <source>our certificate (PEM)</source>
            <translation>notre certificat (PEM)</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>PEM files of the callers' CA, separated by ;</source>
            <translation>Fichiers PEM de l’AC des appelants, séparés par ;</translation>
        </message>
        <message>
            <source>Trusted callers</source>
            <translation>Appelants de confiance</translation>
        </message>
        <message>
            <source>Require callers to present a trusted certificate</source>
            <translation>Exiger des appelants un certificat de confiance</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) from %1</source>
            <translation>
                <numerusform>%n nœud depuis %1</numerusform>
                <numerusform>%n nœuds depuis %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 does not exist yet: it is created when you save.</source>
            <translation>%1 n’existe pas encore : il est créé à l’enregistrement.</translation>
        </message>
        <message>
            <source>node "%1"</source>
            <translation>nœud « %1 »</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>no nodes file chosen</source>
            <translation>aucun fichier de nœuds choisi</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n node(s) to %1.</source>
            <translation>
                <numerusform>%n nœud enregistré dans %1.</numerusform>
                <numerusform>%n nœuds enregistrés dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passwords are kept in %1, not in the file.</source>
            <translation>Les mots de passe sont conservés dans %1, pas dans le fichier.</translation>
        </message>
        <message>
            <source>Password needed for node %1.</source>
            <translation>Mot de passe requis pour le nœud %1.</translation>
        </message>
        <message>
            <source>Token needed for node %1.</source>
            <translation>Jeton requis pour le nœud %1.</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Test de la connexion à %1…</translation>
        </message>
        <message>
            <source>Connection to %1 works (%2, %3 ms).</source>
            <translation>La connexion à %1 fonctionne (%2, %3 ms).</translation>
        </message>
        <message>
            <source>Connection to %1 failed: %2</source>
            <translation>La connexion à %1 a échoué : %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::OncologyWorkspace</name>
        <message>
            <source>Register to current</source>
            <translation>Recaler sur l’actuel</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Prior:</source>
            <translation>Antérieur :</translation>
        </message>
        <message>
            <source>x (right to left)</source>
            <translation>x (droite vers gauche)</translation>
        </message>
        <message>
            <source>y (anterior to posterior)</source>
            <translation>y (antérieur vers postérieur)</translation>
        </message>
        <message>
            <source>z (feet to head)</source>
            <translation>z (pieds vers tête)</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source> deg</source>
            <translation> °</translation>
        </message>
        <message>
            <source>Shift -</source>
            <translation>Décaler -</translation>
        </message>
        <message>
            <source>Shift +</source>
            <translation>Décaler +</translation>
        </message>
        <message>
            <source>Rotate -</source>
            <translation>Tourner -</translation>
        </message>
        <message>
            <source>Rotate +</source>
            <translation>Tourner +</translation>
        </message>
        <message>
            <source>Save registration as DICOM...</source>
            <translation>Enregistrer le recalage en DICOM...</translation>
        </message>
        <message>
            <source>Adjust prior by hand along/about</source>
            <translation>Ajuster l’antérieur à la main le long de / autour de</translation>
        </message>
        <message>
            <source>Organ</source>
            <translation>Organe</translation>
        </message>
        <message>
            <source>Lymph node</source>
            <translation>Ganglion</translation>
        </message>
        <message>
            <source>New lesion</source>
            <translation>Nouvelle lésion</translation>
        </message>
        <message>
            <source>Long axis</source>
            <translation>Grand axe</translation>
        </message>
        <message>
            <source>Short axis</source>
            <translation>Petit axe</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesurer</translation>
        </message>
        <message>
            <source>Link to suggestion</source>
            <translation>Lier à la suggestion</translation>
        </message>
        <message>
            <source>Tumor board PDF...</source>
            <translation>PDF pour la RCP...</translation>
        </message>
        <message>
            <source>DICOM SR (TID 1500)...</source>
            <translation>DICOM SR (TID 1500)...</translation>
        </message>
        <message>
            <source>Lesion:</source>
            <translation>Lésion :</translation>
        </message>
        <message>
            <source>Only studies in the local catalog are offered: retrieve priors held on the PACS first.</source>
            <translation>Seuls les examens du catalogue local sont proposés : récupérez d’abord les antérieurs présents sur le PACS.</translation>
        </message>
        <message>
            <source>Study %1 is neither in the local catalog nor among the PACS's studies: left out.</source>
            <translation>L’examen %1 n’est ni dans le catalogue local ni parmi les examens du PACS : écarté.</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>examen de référence</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>suivi %1</translation>
        </message>
        <message>
            <source>current</source>
            <translation>actuel</translation>
        </message>
        <message>
            <source>current (%1)</source>
            <translation>actuel (%1)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>no %1 series</source>
            <translation>aucune série %1</translation>
        </message>
        <message>
            <source>Reading the images of %1 of %2 timepoints...</source>
            <translation>Lecture des images de %1 temps sur %2...</translation>
        </message>
        <message numerus="yes">
            <source>Retrieving %n prior(s) from the PACS...</source>
            <translation>
                <numerusform>Récupération de %n antérieur depuis le PACS...</numerusform>
                <numerusform>Récupération de %n antérieurs depuis le PACS...</numerusform>
            </translation>
        </message>
        <message>
            <source>the retrieve from the PACS failed</source>
            <translation>la récupération depuis le PACS a échoué</translation>
        </message>
        <message>
            <source>retrieved, but the study is not in the local catalog</source>
            <translation>récupéré, mais l’examen n’est pas dans le catalogue local</translation>
        </message>
        <message>
            <source>reading images...</source>
            <translation>lecture des images...</translation>
        </message>
        <message>
            <source>retrieving from the PACS...</source>
            <translation>récupération depuis le PACS...</translation>
        </message>
        <message>
            <source>not retrieved: %1</source>
            <translation>non récupéré : %1</translation>
        </message>
        <message>
            <source>only on the PACS (no retrieve available here)</source>
            <translation>uniquement sur le PACS (aucune récupération disponible ici)</translation>
        </message>
        <message>
            <source>not shown: %1</source>
            <translation>non affiché : %1</translation>
        </message>
        <message>
            <source>same frame of reference UID, other study:</source>
            <translation>même Frame of Reference UID, autre examen :</translation>
        </message>
        <message>
            <source>treated as unregistered (slice index fraction)</source>
            <translation>traité comme non recalé (fraction d’indice de coupe)</translation>
        </message>
        <message>
            <source>unregistered: synchronized by slice index fraction</source>
            <translation>non recalé : synchronisé par fraction d’indice de coupe</translation>
        </message>
        <message>
            <source>registered by a Spatial Registration object of %1</source>
            <translation>recalé par un objet Spatial Registration de %1</translation>
        </message>
        <message>
            <source>aligned by hand (saved %1 by %2)</source>
            <translation>aligné à la main (enregistré le %1 par %2)</translation>
        </message>
        <message>
            <source>registered to the current study (cached %1 by %2)</source>
            <translation>recalé sur l’examen actuel (mis en cache le %1 par %2)</translation>
        </message>
        <message>
            <source>%1: retrieving from the PACS...</source>
            <translation>%1 : récupération depuis le PACS...</translation>
        </message>
        <message>
            <source>%1: not retrieved: %2</source>
            <translation>%1 : non récupéré : %2</translation>
        </message>
        <message>
            <source>%1: only on the PACS; retrieve it to compare</source>
            <translation>%1 : uniquement sur le PACS ; récupérez-le pour comparer</translation>
        </message>
        <message>
            <source>%1: not shown: %2</source>
            <translation>%1 : non affiché : %2</translation>
        </message>
        <message>
            <source>scrolling follows patient position</source>
            <translation>le défilement suit la position du patient</translation>
        </message>
        <message>
            <source>scrolling follows the slice index fraction</source>
            <translation>le défilement suit la fraction d’indice de coupe</translation>
        </message>
        <message>
            <source>unregistered</source>
            <translation>non recalé</translation>
        </message>
        <message>
            <source>%1: %2; %3</source>
            <translation>%1 : %2 ; %3</translation>
        </message>
        <message>
            <source>Image %1/%2</source>
            <translation>Image %1/%2</translation>
        </message>
        <message>
            <source>W %1 L %2</source>
            <translation>L %1 N %2</translation>
        </message>
        <message>
            <source>Lesion %1</source>
            <translation>Lésion %1</translation>
        </message>
        <message>
            <source>No such timepoint.</source>
            <translation>Ce temps d’examen n’existe pas.</translation>
        </message>
        <message>
            <source>No such lesion: %1</source>
            <translation>Lésion inexistante : %1</translation>
        </message>
        <message>
            <source>No image shown on %1.</source>
            <translation>Aucune image affichée sur %1.</translation>
        </message>
        <message>
            <source>RECIST needs lengths in mm in the patient; this image measures in %1.</source>
            <translation>RECIST requiert des longueurs en mm dans le patient ; cette image mesure en %1.</translation>
        </message>
        <message>
            <source>%1 on %2: %3 %4 mm</source>
            <translation>%1 sur %2 : %3 %4 mm</translation>
        </message>
        <message>
            <source>long axis</source>
            <translation>grand axe</translation>
        </message>
        <message>
            <source>short axis</source>
            <translation>petit axe</translation>
        </message>
        <message>
            <source>; probably %1 (%2 mm away): use "Link to suggestion"</source>
            <translation> ; probablement %1 (à %2 mm) : utilisez « Lier à la suggestion »</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>These lesions cannot be linked: both are measured on the same study.</source>
            <translation>Ces lésions ne peuvent pas être liées : les deux sont mesurées sur le même examen.</translation>
        </message>
        <message>
            <source>Not saved: %1 (changed by %2 at %3). Reopen the comparison to see their lesions; yours stay on screen until then.</source>
            <translation>Non enregistré : %1 (modifié par %2 le %3). Rouvrez la comparaison pour voir ses lésions ; les vôtres restent à l’écran jusque-là.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>The stored lesions cannot be read: %1</source>
            <translation>Les lésions enregistrées ne peuvent pas être lues : %1</translation>
        </message>
        <message>
            <source>Registration needs images on both studies.</source>
            <translation>Le recalage requiert des images sur les deux examens.</translation>
        </message>
        <message>
            <source>Cannot register: the current study's series is not a volume (%1).</source>
            <translation>Recalage impossible : la série de l’examen actuel n’est pas un volume (%1).</translation>
        </message>
        <message>
            <source>Cannot register: the prior's series is not a volume (%1).</source>
            <translation>Recalage impossible : la série de l’antérieur n’est pas un volume (%1).</translation>
        </message>
        <message>
            <source>Registering %1 to the current study...</source>
            <translation>Recalage de %1 sur l’examen actuel...</translation>
        </message>
        <message>
            <source>level %1/%2, iteration %3</source>
            <translation>niveau %1/%2, itération %3</translation>
        </message>
        <message>
            <source>Registered: %1 degrees, %2 mm</source>
            <translation>Recalé : %1 degrés, %2 mm</translation>
        </message>
        <message>
            <source>Registration cancelled.</source>
            <translation>Recalage annulé.</translation>
        </message>
        <message>
            <source>Registration failed: %1</source>
            <translation>Échec du recalage : %1</translation>
        </message>
        <message>
            <source>The registration is used but not cached: %1</source>
            <translation>Le recalage est utilisé mais pas mis en cache : %1</translation>
        </message>
        <message>
            <source>aligned by hand</source>
            <translation>aligné à la main</translation>
        </message>
        <message>
            <source>registered to the current study</source>
            <translation>recalé sur l’examen actuel</translation>
        </message>
        <message>
            <source>Adjusting needs the images of both studies on screen.</source>
            <translation>L’ajustement requiert les images des deux examens à l’écran.</translation>
        </message>
        <message>
            <source>%1 adjusted by hand: now %2 degrees, (%3, %4, %5) mm</source>
            <translation>%1 ajusté à la main : désormais %2 degrés, (%3, %4, %5) mm</translation>
        </message>
        <message>
            <source>Choose a prior: the current study is the reference.</source>
            <translation>Choisissez un antérieur : l’examen actuel est la référence.</translation>
        </message>
        <message>
            <source>%1 is not registered to the current study.</source>
            <translation>%1 n’est pas recalé sur l’examen actuel.</translation>
        </message>
        <message>
            <source>Saving needs the images of both studies.</source>
            <translation>L’enregistrement requiert les images des deux examens.</translation>
        </message>
        <message>
            <source>Prior aligned by hand to the current study</source>
            <translation>Antérieur aligné à la main sur l’examen actuel</translation>
        </message>
        <message>
            <source>Prior registered to the current study</source>
            <translation>Antérieur recalé sur l’examen actuel</translation>
        </message>
        <message>
            <source>Spatial Registration object not written: %1</source>
            <translation>Objet Spatial Registration non écrit : %1</translation>
        </message>
        <message>
            <source>Spatial Registration object written to %1, but not added to the catalog: %2</source>
            <translation>Objet Spatial Registration écrit dans %1, mais non ajouté au catalogue : %2</translation>
        </message>
        <message>
            <source>Spatial Registration object written and added to the catalog: %1</source>
            <translation>Objet Spatial Registration écrit et ajouté au catalogue : %1</translation>
        </message>
        <message>
            <source>the catalog did not take the file</source>
            <translation>le catalogue n’a pas accepté le fichier</translation>
        </message>
        <message>
            <source>the written file cannot be read back</source>
            <translation>le fichier écrit ne peut pas être relu</translation>
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
            <translation>Aucun examen actuel n’est affiché.</translation>
        </message>
        <message>
            <source>Tumor board PDF not written: %1</source>
            <translation>PDF pour la RCP non écrit : %1</translation>
        </message>
        <message>
            <source>Tumor board PDF written: %1</source>
            <translation>PDF pour la RCP écrit : %1</translation>
        </message>
        <message>
            <source>The current study cannot be read: %1</source>
            <translation>L’examen actuel ne peut pas être lu : %1</translation>
        </message>
        <message>
            <source>No measured lesions to report.</source>
            <translation>Aucune lésion mesurée à rapporter.</translation>
        </message>
        <message>
            <source>Tumor measurements</source>
            <translation>Mesures tumorales</translation>
        </message>
        <message>
            <source>DICOM SR not written: %1</source>
            <translation>DICOM SR non écrit : %1</translation>
        </message>
        <message>
            <source>DICOM SR written to %1, but not added to the catalog: %2</source>
            <translation>DICOM SR écrit dans %1, mais non ajouté au catalogue : %2</translation>
        </message>
        <message>
            <source>DICOM SR written and added to the catalog: %1</source>
            <translation>DICOM SR écrit et ajouté au catalogue : %1</translation>
        </message>
        <message>
            <source>Tumor board PDF</source>
            <translation>PDF pour la RCP</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>DICOM SR measurement report</source>
            <translation>Compte rendu de mesures DICOM SR</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PacsCommands</name>
        <message>
            <source>node "%1" uses no authentication: --password-stdin, --token-stdin and --remember do not apply</source>
            <translation>le nœud « %1 » n’utilise pas d’authentification : --password-stdin, --token-stdin et --remember ne s’appliquent pas</translation>
        </message>
        <message>
            <source>node "%1" uses basic authentication: give its password with --password-stdin</source>
            <translation>le nœud « %1 » utilise l’authentification basique : donnez son mot de passe avec --password-stdin</translation>
        </message>
        <message>
            <source>node "%1" uses bearer authentication: give its token with --token-stdin</source>
            <translation>le nœud « %1 » utilise l’authentification Bearer : donnez son jeton avec --token-stdin</translation>
        </message>
        <message>
            <source>--remember saves what --password-stdin or --token-stdin reads</source>
            <translation>--remember enregistre ce que lit --password-stdin ou --token-stdin</translation>
        </message>
        <message>
            <source>no password on standard input</source>
            <translation>aucun mot de passe sur l’entrée standard</translation>
        </message>
        <message>
            <source>no token on standard input</source>
            <translation>aucun jeton sur l’entrée standard</translation>
        </message>
        <message>
            <source>not remembered: secrets can only be kept in %1</source>
            <translation>non mémorisé : les secrets ne peuvent être conservés que dans %1</translation>
        </message>
        <message>
            <source>node "%1" needs a password: pass it with --password-stdin or $CONTINUUM_PACS_PASSWORD (add --remember to save it in the desktop keyring)</source>
            <translation>le nœud « %1 » requiert un mot de passe : passez-le avec --password-stdin ou $CONTINUUM_PACS_PASSWORD (ajoutez --remember pour l’enregistrer dans le trousseau du bureau)</translation>
        </message>
        <message>
            <source>node "%1" needs a token: pass it with --token-stdin or $CONTINUUM_PACS_TOKEN (add --remember to save it in the desktop keyring)</source>
            <translation>le nœud « %1 » requiert un jeton : passez-le avec --token-stdin ou $CONTINUUM_PACS_TOKEN (ajoutez --remember pour l’enregistrer dans le trousseau du bureau)</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>argument inattendu « %1 »</translation>
        </message>
        <message>
            <source>--node NAME is required</source>
            <translation>--node NOM est requis</translation>
        </message>
        <message>
            <source>no node named "%1" in %2 (known: %3)</source>
            <translation>aucun nœud nommé « %1 » dans %2 (connus : %3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>node "%1" is a DIMSE node: --password-stdin, --token-stdin and --remember are for DICOMweb nodes</source>
            <translation>le nœud « %1 » est un nœud DIMSE : --password-stdin, --token-stdin et --remember sont destinés aux nœuds DICOMweb</translation>
        </message>
        <message>
            <source>Test the connection to a node (C-ECHO; a QIDO-RS search for DICOMweb nodes).</source>
            <translation>Tester la connexion à un nœud (C-ECHO ; une recherche QIDO-RS pour les nœuds DICOMweb).</translation>
        </message>
        <message>
            <source>Search a node (C-FIND or QIDO-RS). Text keys accept the wildcards * and ?.</source>
            <translation>Rechercher sur un nœud (C-FIND ou QIDO-RS). Les clés texte acceptent les jokers * et ?.</translation>
        </message>
        <message>
            <source>patient, study (default) or series.</source>
            <translation>patient, study (par défaut) ou series.</translation>
        </message>
        <message>
            <source>Patient name, DICOM form (Doe^John*).</source>
            <translation>Nom du patient, forme DICOM (Dupont^Jean*).</translation>
        </message>
        <message>
            <source>Patient ID.</source>
            <translation>Identifiant patient.</translation>
        </message>
        <message>
            <source>Study Instance UID (required at series level).</source>
            <translation>Study Instance UID (requis au niveau série).</translation>
        </message>
        <message>
            <source>Accession number.</source>
            <translation>Numéro d’accession.</translation>
        </message>
        <message>
            <source>Modality (CT, MR...).</source>
            <translation>Modalité (CT, MR...).</translation>
        </message>
        <message>
            <source>First study date (YYYY-MM-DD).</source>
            <translation>Première date d’examen (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>Last study date (YYYY-MM-DD).</source>
            <translation>Dernière date d’examen (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>Print JSON instead of a table.</source>
            <translation>Afficher du JSON au lieu d’un tableau.</translation>
        </message>
        <message>
            <source>--level must be patient, study or series</source>
            <translation>--level doit valoir patient, study ou series</translation>
        </message>
        <message>
            <source>dates are written YYYY-MM-DD</source>
            <translation>les dates s’écrivent AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>--level series needs --study-uid</source>
            <translation>--level series requiert --study-uid</translation>
        </message>
        <message>
            <source>  %1 studies</source>
            <translation>  %1 examens</translation>
        </message>
        <message>
            <source>  %1 series  %2 images  </source>
            <translation>  %1 séries  %2 images  </translation>
        </message>
        <message>
            <source>  %1 images  </source>
            <translation>  %1 images  </translation>
        </message>
        <message>
            <source>1 match</source>
            <translation>1 résultat</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 résultats</translation>
        </message>
        <message>
            <source>Retrieve a study or series into a folder (C-GET, or C-MOVE with --move or when the node's "retrieve" is "move"; WADO-RS for DICOMweb nodes).</source>
            <translation>Récupérer une étude ou une série dans un dossier (C-GET, ou C-MOVE avec --move ou quand "retrieve" du nœud vaut "move" ; WADO-RS pour les nœuds DICOMweb).</translation>
        </message>
        <message>
            <source>Study Instance UID.</source>
            <translation>Study Instance UID.</translation>
        </message>
        <message>
            <source>Only this series.</source>
            <translation>Uniquement cette série.</translation>
        </message>
        <message>
            <source>C-MOVE to our AE title and port (the node must know them).</source>
            <translation>C-MOVE vers notre AE title et notre port (le nœud doit les connaître).</translation>
        </message>
        <message>
            <source>Destination folder.</source>
            <translation>Dossier de destination.</translation>
        </message>
        <message>
            <source>--study-uid UID is required</source>
            <translation>--study-uid UID est requis</translation>
        </message>
        <message>
            <source>--to DIR is required</source>
            <translation>--to DOSSIER est requis</translation>
        </message>
        <message>
            <source>--move is for DIMSE nodes; a DICOMweb node is retrieved with WADO-RS</source>
            <translation>--move est destiné aux nœuds DIMSE ; un nœud DICOMweb est récupéré avec WADO-RS</translation>
        </message>
        <message>
            <source>conflict %1: a different file had this instance's name; kept both</source>
            <translation>conflit %1 : un autre fichier portait le nom de cette instance ; les deux sont conservés</translation>
        </message>
        <message>
            <source>Send DICOM files to a node (C-STORE, or STOW-RS for DICOMweb nodes).</source>
            <translation>Envoyer des fichiers DICOM à un nœud (C-STORE, ou STOW-RS pour les nœuds DICOMweb).</translation>
        </message>
        <message>
            <source>Files or folders (searched recursively).</source>
            <translation>Fichiers ou dossiers (parcourus récursivement).</translation>
        </message>
        <message>
            <source>send needs at least one PATH</source>
            <translation>send requiert au moins un CHEMIN</translation>
        </message>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1 : fichier ou dossier introuvable</translation>
        </message>
        <message>
            <source>not sent %1</source>
            <translation>non envoyé %1</translation>
        </message>
        <message>
            <source>Name of the remote node (from the nodes file).</source>
            <translation>Nom du nœud distant (tiré du fichier de nœuds).</translation>
        </message>
        <message>
            <source>Nodes file (default: $CONTINUUM_NODES or ~/.config/continuum/nodes.json).</source>
            <translation>Fichier de nœuds (par défaut : $CONTINUUM_NODES ou ~/.config/continuum/nodes.json).</translation>
        </message>
        <message>
            <source>DICOMweb basic authentication: read the password from the first line of standard input.</source>
            <translation>Authentification basique DICOMweb : lire le mot de passe sur la première ligne de l’entrée standard.</translation>
        </message>
        <message>
            <source>DICOMweb bearer authentication: read the token from the first line of standard input.</source>
            <translation>Authentification Bearer DICOMweb : lire le jeton sur la première ligne de l’entrée standard.</translation>
        </message>
        <message>
            <source>Save the password or token given on standard input in the desktop keyring for this node.</source>
            <translation>Enregistrer dans le trousseau du bureau, pour ce nœud, le mot de passe ou le jeton lu sur l’entrée standard.</translation>
        </message>
        <message>
            <source>usage: continuum pacs echo|find|retrieve|send --node NAME [--nodes FILE] ... (see --help of each)</source>
            <translation>usage : continuum pacs echo|find|retrieve|send --node NOM [--nodes FICHIER] ... (voir --help de chacune)</translation>
        </message>
        <message>
            <source>unknown pacs command "%1": use echo, find, retrieve or send</source>
            <translation>commande pacs inconnue « %1 » : utilisez echo, find, retrieve ou send</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PacsQueryPanel</name>
        <message>
            <source>Remote archives</source>
            <translation>Archives distantes</translation>
        </message>
        <message>
            <source>Remote node</source>
            <translation>Nœud distant</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Nom du patient</translation>
        </message>
        <message>
            <source>e.g. Doe* (wildcards * and ?)</source>
            <translation>par ex. Dupont* (jokers * et ?)</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>Identifiant patient</translation>
        </message>
        <message>
            <source>Study date from</source>
            <translation>Date d’examen du</translation>
        </message>
        <message>
            <source>Restrict the study date</source>
            <translation>Restreindre la date d’examen</translation>
        </message>
        <message>
            <source>Study date to</source>
            <translation>Date d’examen au</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>e.g. CT</source>
            <translation>par ex. CT</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Search the remote node</source>
            <translation>Rechercher sur le nœud distant</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Test the connection to the remote node</source>
            <translation>Tester la connexion au nœud distant</translation>
        </message>
        <message>
            <source>C-ECHO for a DICOM node, a QIDO-RS search for a DICOMweb node</source>
            <translation>C-ECHO pour un nœud DICOM, une recherche QIDO-RS pour un nœud DICOMweb</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Node:</source>
            <translation>Nœud :</translation>
        </message>
        <message>
            <source>Patient name:</source>
            <translation>Nom du patient :</translation>
        </message>
        <message>
            <source>Patient ID:</source>
            <translation>Identifiant patient :</translation>
        </message>
        <message>
            <source>Modality:</source>
            <translation>Modalité :</translation>
        </message>
        <message>
            <source>Studies found</source>
            <translation>Examens trouvés</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Retrieve</source>
            <translation>Récupérer</translation>
        </message>
        <message>
            <source>Retrieve the selected study or series</source>
            <translation>Récupérer l’examen ou la série sélectionnés</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the retrieve</source>
            <translation>Annuler la récupération</translation>
        </message>
        <message>
            <source>Retrieve progress</source>
            <translation>Progression de la récupération</translation>
        </message>
        <message>
            <source>Retrieve rate</source>
            <translation>Débit de la récupération</translation>
        </message>
        <message>
            <source>%1 files/s, %2 failed</source>
            <translation>%1 fichiers/s, %2 en échec</translation>
        </message>
        <message>
            <source>Send local study</source>
            <translation>Envoyer l’examen local</translation>
        </message>
        <message>
            <source>Send the study selected in the browser to the node</source>
            <translation>Envoyer au nœud l’examen sélectionné dans le navigateur</translation>
        </message>
        <message>
            <source>Cancel the send</source>
            <translation>Annuler l’envoi</translation>
        </message>
        <message>
            <source>Send progress</source>
            <translation>Progression de l’envoi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>The nodes file could not be read: %1</source>
            <translation>Le fichier de nœuds n’a pas pu être lu : %1</translation>
        </message>
        <message>
            <source>No remote nodes are configured; add them to the nodes file.</source>
            <translation>Aucun nœud distant n’est configuré ; ajoutez-les au fichier de nœuds.</translation>
        </message>
        <message>
            <source>Choose a node first.</source>
            <translation>Choisissez d’abord un nœud.</translation>
        </message>
        <message>
            <source>C-ECHO</source>
            <translation>C-ECHO</translation>
        </message>
        <message>
            <source>QIDO-RS search</source>
            <translation>Recherche QIDO-RS</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Test de la connexion à %1…</translation>
        </message>
        <message>
            <source>Connection to %1 works (%2, %3 ms).</source>
            <translation>La connexion à %1 fonctionne (%2, %3 ms).</translation>
        </message>
        <message>
            <source>Connection to %1 failed: %2</source>
            <translation>La connexion à %1 a échoué : %2</translation>
        </message>
        <message>
            <source>Searching %1…</source>
            <translation>Recherche sur %1…</translation>
        </message>
        <message>
            <source>1 study found.</source>
            <translation>1 examen trouvé.</translation>
        </message>
        <message>
            <source>%1 studies found.</source>
            <translation>%1 examens trouvés.</translation>
        </message>
        <message>
            <source>Series %1</source>
            <translation>Série %1</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>n° %1</translation>
        </message>
        <message>
            <source>%1 files/s</source>
            <translation>%1 fichiers/s</translation>
        </message>
        <message>
            <source>The retrieve could not start.</source>
            <translation>La récupération n’a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Retrieving the study…</source>
            <translation>Récupération de l’examen…</translation>
        </message>
        <message>
            <source>Retrieving the series…</source>
            <translation>Récupération de la série…</translation>
        </message>
        <message>
            <source>The send could not start.</source>
            <translation>L’envoi n’a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Sending to %1…</source>
            <translation>Envoi vers %1…</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PatientContextController</name>
        <message>
            <source>The timeline cannot read the catalog: %1</source>
            <translation>La chronologie ne peut pas lire le catalogue : %1</translation>
        </message>
        <message>
            <source>Timeline: %1</source>
            <translation>Chronologie : %1</translation>
        </message>
        <message>
            <source>The patient cannot be opened: no study catalog is open.</source>
            <translation>Le patient ne peut pas être ouvert : aucun catalogue d’examens n’est ouvert.</translation>
        </message>
        <message>
            <source>Opening patient %1...</source>
            <translation>Ouverture du patient %1...</translation>
        </message>
        <message>
            <source>Asking the PACS for patient %1...</source>
            <translation>Interrogation du PACS pour le patient %1...</translation>
        </message>
        <message>
            <source>Patient %1: study opened.</source>
            <translation>Patient %1 : examen ouvert.</translation>
        </message>
        <message>
            <source>Patient %1: the study is catalogued but none of its files can be opened.</source>
            <translation>Patient %1 : l’examen est catalogué mais aucun de ses fichiers ne peut être ouvert.</translation>
        </message>
        <message>
            <source>Patient %1: retrieving the study from %2...</source>
            <translation>Patient %1 : récupération de l’examen depuis %2...</translation>
        </message>
        <message>
            <source>No study catalog is open: nothing can be retrieved.</source>
            <translation>Aucun catalogue d’examens n’est ouvert : rien ne peut être récupéré.</translation>
        </message>
        <message>
            <source>Retrieving the study from %1...</source>
            <translation>Récupération de l’examen depuis %1...</translation>
        </message>
        <message>
            <source>Retrieving: %1 received, %2 to go, %3 failed</source>
            <translation>Récupération : %1 reçus, %2 restants, %3 en échec</translation>
        </message>
        <message>
            <source>Retrieving: %1 received, %2 to go</source>
            <translation>Récupération : %1 reçus, %2 restants</translation>
        </message>
        <message>
            <source>The study is shown while the rest of it arrives.</source>
            <translation>L’examen est affiché pendant que le reste arrive.</translation>
        </message>
        <message>
            <source>Study retrieved.</source>
            <translation>Examen récupéré.</translation>
        </message>
        <message>
            <source>The retrieve stopped: %1</source>
            <translation>La récupération s’est arrêtée : %1</translation>
        </message>
        <message>
            <source>Retrieve: %1</source>
            <translation>Récupération : %1</translation>
        </message>
        <message>
            <source>The study could not be retrieved: %1</source>
            <translation>L’examen n’a pas pu être récupéré : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PdfDocumentView</name>
        <message>
            <source>The PDF cannot be shown</source>
            <translation>Le PDF ne peut pas être affiché</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n page</numerusform>
                <numerusform>%1 — %n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Compte rendu PDF</translation>
        </message>
        <message>
            <source>the encapsulated document is %1, not a PDF</source>
            <translation>le document encapsulé est de type %1, pas un PDF</translation>
        </message>
        <message>
            <source>of unknown type</source>
            <translation>de type inconnu</translation>
        </message>
        <message>
            <source>the PDF cannot be opened (error %1)</source>
            <translation>le PDF ne peut pas être ouvert (erreur %1)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PresentationStateOverlay</name>
        <message>
            <source>PR: %1</source>
            <translation>PR : %1</translation>
        </message>
        <message>
            <source>PR: %1 - %2</source>
            <translation>PR : %1 - %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolCommands</name>
        <message>
            <source>Choose the hanging protocol for the studies under PATH.</source>
            <translation>Choisir le protocole d’affichage des examens sous CHEMIN.</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>Afficher du JSON au lieu de texte.</translation>
        </message>
        <message>
            <source>Also print why: every rule with its result and weight, and the other protocols.</source>
            <translation>Afficher aussi la justification : chaque règle avec son résultat et son poids, et les autres protocoles.</translation>
        </message>
        <message>
            <source>Read protocols only from DIR (repeatable) instead of the bundled, site and user folders.</source>
            <translation>Lire les protocoles uniquement dans DOSSIER (répétable) au lieu des dossiers fourni, du site et de l’utilisateur.</translation>
        </message>
        <message>
            <source>DICOM files or folders (searched recursively).</source>
            <translation>Fichiers ou dossiers DICOM (parcourus récursivement).</translation>
        </message>
        <message>
            <source>usage: continuum protocol match PATH... [--json] [--explain] [--protocols DIR]</source>
            <translation>usage : continuum protocol match CHEMIN... [--json] [--explain] [--protocols DOSSIER]</translation>
        </message>
        <message>
            <source>no protocol folder %1</source>
            <translation>pas de dossier de protocoles %1</translation>
        </message>
        <message>
            <source>no hanging protocol could be loaded</source>
            <translation>aucun protocole d’affichage n’a pu être chargé</translation>
        </message>
        <message>
            <source>no DICOM images found under %1</source>
            <translation>aucune image DICOM trouvée sous %1</translation>
        </message>
        <message>
            <source>no hanging protocol matches these studies</source>
            <translation>aucun protocole d’affichage ne correspond à ces examens</translation>
        </message>
        <message>
            <source>Current study: %1</source>
            <translation>Examen actuel : %1</translation>
        </message>
        <message>
            <source>Prior study:   %1</source>
            <translation>Examen antérieur : %1</translation>
        </message>
        <message>
            <source>no hanging protocol matches these studies (%1 protocols tried)</source>
            <translation>aucun protocole d’affichage ne correspond à ces examens (%1 protocoles essayés)</translation>
        </message>
        <message>
            <source>Protocol:      %1 (%2)</source>
            <translation>Protocole : %1 (%2)</translation>
        </message>
        <message>
            <source>Department:    %1</source>
            <translation>Service : %1</translation>
        </message>
        <message>
            <source>Score:         %1 (priority %2, %3 rules)</source>
            <translation>Score : %1 (priorité %2, %3 règles)</translation>
        </message>
        <message>
            <source>Stage %1: %2 (%3)</source>
            <translation>Étape %1 : %2 (%3)</translation>
        </message>
        <message>
            <source>  viewport %1: (empty)</source>
            <translation>  fenêtre %1 : (vide)</translation>
        </message>
        <message>
            <source>  viewport %1: %2 series %3 "%4" %5</source>
            <translation>  fenêtre %1 : %2 série %3 « %4 » %5</translation>
        </message>
        <message>
            <source>current</source>
            <translation>actuel</translation>
        </message>
        <message>
            <source>prior</source>
            <translation>antérieur</translation>
        </message>
        <message>
            <source>  [window %1]</source>
            <translation>  [fenêtre %1]</translation>
        </message>
        <message>
            <source>Write a hanging protocol as a DICOM Hanging Protocol instance (PS3.3 A.38).</source>
            <translation>Écrire un protocole d’affichage comme instance DICOM Hanging Protocol (PS3.3 A.38).</translation>
        </message>
        <message>
            <source>Leave out Continuum's private block (what the standard cannot say is then lost).</source>
            <translation>Omettre le bloc privé de Continuum (ce que la norme ne peut exprimer est alors perdu).</translation>
        </message>
        <message>
            <source>The protocol's id (see `continuum protocol match --explain`).</source>
            <translation>L’identifiant du protocole (voir `continuum protocol match --explain`).</translation>
        </message>
        <message>
            <source>The DICOM file to write.</source>
            <translation>Le fichier DICOM à écrire.</translation>
        </message>
        <message>
            <source>usage: continuum protocol export ID OUT.dcm [--no-private]</source>
            <translation>usage : continuum protocol export ID SORTIE.dcm [--no-private]</translation>
        </message>
        <message>
            <source>no hanging protocol with the id "%1"</source>
            <translation>aucun protocole d’affichage avec l’identifiant « %1 »</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, level %3) to %4</source>
            <translation>%1 (%2, niveau %3) écrit dans %4</translation>
        </message>
        <message>
            <source>Not in the standard attributes (kept in Continuum's private block):</source>
            <translation>Hors des attributs standard (conservé dans le bloc privé de Continuum) :</translation>
        </message>
        <message>
            <source>Not in the standard attributes (lost without the private block):</source>
            <translation>Hors des attributs standard (perdu sans le bloc privé) :</translation>
        </message>
        <message>
            <source>Read a DICOM Hanging Protocol instance and save it as a user protocol.</source>
            <translation>Lire une instance DICOM Hanging Protocol et l’enregistrer comme protocole utilisateur.</translation>
        </message>
        <message>
            <source>Save under this id instead of the instance's own.</source>
            <translation>Enregistrer sous cet identifiant au lieu de celui de l’instance.</translation>
        </message>
        <message>
            <source>Replace a user protocol with the same id.</source>
            <translation>Remplacer un protocole utilisateur de même identifiant.</translation>
        </message>
        <message>
            <source>The DICOM Hanging Protocol instance.</source>
            <translation>L’instance DICOM Hanging Protocol.</translation>
        </message>
        <message>
            <source>usage: continuum protocol import FILE.dcm [--id ID] [--force]</source>
            <translation>usage : continuum protocol import FICHIER.dcm [--id ID] [--force]</translation>
        </message>
        <message>
            <source>cannot create the user protocol folder %1</source>
            <translation>impossible de créer le dossier des protocoles utilisateur %1</translation>
        </message>
        <message>
            <source>%1 already exists (use --force to replace it, or --id to choose another id)</source>
            <translation>%1 existe déjà (utilisez --force pour le remplacer, ou --id pour choisir un autre identifiant)</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>%1 was written but is not the protocol in effect for "%2"</source>
            <translation>%1 a été écrit mais n’est pas le protocole en vigueur pour « %2 »</translation>
        </message>
        <message>
            <source>Imported "%1" as user protocol %2: %3</source>
            <translation>« %1 » importé comme protocole utilisateur %2 : %3</translation>
        </message>
        <message>
            <source>It overrides %1</source>
            <translation>Il remplace %1</translation>
        </message>
        <message>
            <source>Continuum's private block restored what the standard attributes cannot say.</source>
            <translation>Le bloc privé de Continuum a restauré ce que les attributs standard ne peuvent exprimer.</translation>
        </message>
        <message>
            <source>not represented: %1</source>
            <translation>non représenté : %1</translation>
        </message>
        <message>
            <source>usage: continuum protocol match|export|import ...</source>
            <translation>usage : continuum protocol match|export|import ...</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolEditorDialog</name>
        <message>
            <source>Edit hanging protocol</source>
            <translation>Modifier le protocole d’affichage</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocole</translation>
        </message>
        <message>
            <source>Priors</source>
            <translation>Antérieurs</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Validation message</source>
            <translation>Message de validation</translation>
        </message>
        <message>
            <source>Save as user protocol</source>
            <translation>Enregistrer comme protocole utilisateur</translation>
        </message>
        <message>
            <source>Writes the protocol into your user protocol folder: %1</source>
            <translation>Écrit le protocole dans votre dossier de protocoles utilisateur : %1</translation>
        </message>
        <message>
            <source>Protocol id</source>
            <translation>Identifiant du protocole</translation>
        </message>
        <message>
            <source>Protocol name</source>
            <translation>Nom du protocole</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Radiology</source>
            <translation>Radiologie</translation>
        </message>
        <message>
            <source>Cardiology</source>
            <translation>Cardiologie</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Oncologie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Breaks equal scores: higher first.</source>
            <translation>Départage les scores égaux : la plus haute d’abord.</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Identifiant :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escription :</translation>
        </message>
        <message>
            <source>&amp;Department:</source>
            <translation>&amp;Service :</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Priorité :</translation>
        </message>
        <message>
            <source>Rules on the current study</source>
            <translation>Règles sur l’examen actuel</translation>
        </message>
        <message>
            <source>Rules on the current study (a failing required rule disqualifies the protocol):</source>
            <translation>Règles sur l’examen actuel (une règle obligatoire non satisfaite disqualifie le protocole) :</translation>
        </message>
        <message>
            <source>Number of priors shown</source>
            <translation>Nombre d’antérieurs affichés</translation>
        </message>
        <message>
            <source>Minimum number of priors</source>
            <translation>Nombre minimal d’antérieurs</translation>
        </message>
        <message>
            <source>Which priors</source>
            <translation>Quels antérieurs</translation>
        </message>
        <message>
            <source>Most recent</source>
            <translation>Les plus récents</translation>
        </message>
        <message>
            <source>Same modality</source>
            <translation>Même modalité</translation>
        </message>
        <message>
            <source>Same body part</source>
            <translation>Même région anatomique</translation>
        </message>
        <message>
            <source>Priors &amp;shown:</source>
            <translation>Antérieurs &amp;affichés :</translation>
        </message>
        <message>
            <source>&amp;At least:</source>
            <translation>A&amp;u moins :</translation>
        </message>
        <message>
            <source>&amp;Chosen by:</source>
            <translation>&amp;Choisis par :</translation>
        </message>
        <message>
            <source>Rules on each prior</source>
            <translation>Règles sur chaque antérieur</translation>
        </message>
        <message>
            <source>Rules on each prior (a failing required rule skips that prior):</source>
            <translation>Règles sur chaque antérieur (une règle obligatoire non satisfaite écarte cet antérieur) :</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Supprimer l’étape</translation>
        </message>
        <message>
            <source>Stages:</source>
            <translation>Étapes :</translation>
        </message>
        <message>
            <source>Stage name</source>
            <translation>Nom de l’étape</translation>
        </message>
        <message>
            <source>Grid rows</source>
            <translation>Lignes de la grille</translation>
        </message>
        <message>
            <source>Grid columns</source>
            <translation>Colonnes de la grille</translation>
        </message>
        <message>
            <source>Stage &amp;name:</source>
            <translation>&amp;Nom de l’étape :</translation>
        </message>
        <message>
            <source>&amp;Rows:</source>
            <translation>&amp;Lignes :</translation>
        </message>
        <message>
            <source>C&amp;olumns:</source>
            <translation>C&amp;olonnes :</translation>
        </message>
        <message>
            <source>Viewports</source>
            <translation>Fenêtres d’affichage</translation>
        </message>
        <message>
            <source>Study shown: 0 current, N prior N</source>
            <translation>Examen affiché : 0 actuel, N antérieur N</translation>
        </message>
        <message>
            <source>current</source>
            <translation>actuel</translation>
        </message>
        <message>
            <source>prior </source>
            <translation>antérieur </translation>
        </message>
        <message>
            <source>Preferred orientation</source>
            <translation>Orientation préférée</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Toute</translation>
        </message>
        <message>
            <source>Axial</source>
            <translation>Axial</translation>
        </message>
        <message>
            <source>Coronal</source>
            <translation>Coronal</translation>
        </message>
        <message>
            <source>Sagittal</source>
            <translation>Sagittal</translation>
        </message>
        <message>
            <source>Reconstruction</source>
            <translation>Reconstruction</translation>
        </message>
        <message>
            <source>As acquired</source>
            <translation>Telle qu’acquise</translation>
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
            <translation>Rendu volumique</translation>
        </message>
        <message>
            <source>When no series matches</source>
            <translation>Si aucune série ne correspond</translation>
        </message>
        <message>
            <source>First series not shown yet</source>
            <translation>Première série non encore affichée</translation>
        </message>
        <message>
            <source>First series</source>
            <translation>Première série</translation>
        </message>
        <message>
            <source>Leave empty</source>
            <translation>Laisser vide</translation>
        </message>
        <message>
            <source>Skip series shown in an earlier viewport</source>
            <translation>Ignorer les séries affichées dans une fenêtre précédente</translation>
        </message>
        <message>
            <source>Window preset</source>
            <translation>Préréglage de fenêtre</translation>
        </message>
        <message>
            <source>the file's own window</source>
            <translation>la fenêtre propre au fichier</translation>
        </message>
        <message>
            <source>&amp;Study:</source>
            <translation>&amp;Examen :</translation>
        </message>
        <message>
            <source>Orien&amp;tation:</source>
            <translation>Orien&amp;tation :</translation>
        </message>
        <message>
            <source>Reconstr&amp;uction:</source>
            <translation>Reconstr&amp;uction :</translation>
        </message>
        <message>
            <source>&amp;Fallback:</source>
            <translation>&amp;Repli :</translation>
        </message>
        <message>
            <source>&amp;Window preset:</source>
            <translation>Préréglage de &amp;fenêtre :</translation>
        </message>
        <message>
            <source>Series rules of the viewport</source>
            <translation>Règles de séries de la fenêtre</translation>
        </message>
        <message>
            <source>Viewports:</source>
            <translation>Fenêtres d’affichage :</translation>
        </message>
        <message>
            <source>Series rules (weights rank series, required rules filter):</source>
            <translation>Règles de séries (les poids classent les séries, les règles obligatoires filtrent) :</translation>
        </message>
        <message>
            <source>Stage %1</source>
            <translation>Étape %1</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>Attribut</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Contrainte</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <source>Attribute: a DICOM keyword (SeriesDescription), a tag ((0008,103E)) or a derived attribute (modalitiesInStudy, bodyPart, orientation...). Value: alternatives separated by \; a range as min..max.</source>
            <translation>Attribut : un mot-clé DICOM (SeriesDescription), une balise ((0008,103E)) ou un attribut dérivé (modalitiesInStudy, bodyPart, orientation...). Valeur : alternatives séparées par \ ; un intervalle s’écrit min..max.</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Ajouter une règle</translation>
        </message>
        <message>
            <source>Add rule to %1</source>
            <translation>Ajouter une règle à %1</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Supprimer la règle</translation>
        </message>
        <message>
            <source>Remove rule from %1</source>
            <translation>Supprimer la règle de %1</translation>
        </message>
        <message>
            <source>Constraint of rule %1</source>
            <translation>Contrainte de la règle %1</translation>
        </message>
        <message>
            <source>unknown attribute "%1"</source>
            <translation>attribut inconnu « %1 »</translation>
        </message>
        <message>
            <source>unknown constraint "%1"</source>
            <translation>contrainte inconnue « %1 »</translation>
        </message>
        <message>
            <source>the weight must be a number, 0 or more</source>
            <translation>le poids doit être un nombre, 0 ou plus</translation>
        </message>
        <message>
            <source>a range is written min..max (either may be left out)</source>
            <translation>un intervalle s’écrit min..max (l’un ou l’autre peut être omis)</translation>
        </message>
        <message>
            <source>"%1" is not a range of numbers</source>
            <translation>« %1 » n’est pas un intervalle de nombres</translation>
        </message>
        <message>
            <source>invalid regular expression: %1</source>
            <translation>expression régulière invalide : %1</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>a value is needed</source>
            <translation>une valeur est requise</translation>
        </message>
        <message>
            <source>Viewport %1 (row %2, column %3)</source>
            <translation>Fenêtre %1 (ligne %2, colonne %3)</translation>
        </message>
        <message>
            <source>Viewport %1</source>
            <translation>Fenêtre %1</translation>
        </message>
        <message>
            <source>%1, rule %2: %3</source>
            <translation>%1, règle %2 : %3</translation>
        </message>
        <message>
            <source>The id may only hold letters, digits, '.', '_' and '-' (and not be empty).</source>
            <translation>L’identifiant ne peut contenir que des lettres, des chiffres, « . », « _ » et « - » (et ne doit pas être vide).</translation>
        </message>
        <message>
            <source>The protocol needs a name.</source>
            <translation>Le protocole doit avoir un nom.</translation>
        </message>
        <message>
            <source>At least %1 priors are required but only %2 are shown.</source>
            <translation>Au moins %1 antérieurs sont requis mais seuls %2 sont affichés.</translation>
        </message>
        <message>
            <source>Study rules</source>
            <translation>Règles d’examen</translation>
        </message>
        <message>
            <source>Prior rules</source>
            <translation>Règles d’antérieur</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2</source>
            <translation>Étape %1 fenêtre %2</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2, rule %3: %4</source>
            <translation>Étape %1 fenêtre %2, règle %3 : %4</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2 shows prior %3, but only %4 priors are shown.</source>
            <translation>La fenêtre %2 de l’étape %1 affiche l’antérieur %3, mais seuls %4 antérieurs sont affichés.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Not saved: the user protocol folder %1 cannot be created.</source>
            <translation>Non enregistré : le dossier des protocoles utilisateur %1 ne peut pas être créé.</translation>
        </message>
        <message>
            <source>Not saved: cannot write %1 (%2).</source>
            <translation>Non enregistré : impossible d’écrire %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolLayoutController</name>
        <message>
            <source>date unknown</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actuel</translation>
        </message>
        <message>
            <source>Prior %1</source>
            <translation>Antérieur %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>No hanging protocol matches these studies.</source>
            <translation>Aucun protocole d’affichage ne correspond à ces examens.</translation>
        </message>
        <message>
            <source>%1: %2 (+%3)</source>
            <translation>%1 : %2 (+%3)</translation>
        </message>
        <message>
            <source>%1 (%2), score %3; stage %4/%5 "%6"; protocol %7 of %8</source>
            <translation>%1 (%2), score %3 ; étape %4/%5 « %6 » ; protocole %7 sur %8</translation>
        </message>
        <message>
            <source>Matched: no weighted rule, lowest-priority fallback.</source>
            <translation>Retenu : aucune règle pondérée, repli de priorité la plus basse.</translation>
        </message>
        <message>
            <source>Matched: %1.</source>
            <translation>Retenu : %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolLayoutView</name>
        <message>
            <source>Sync scrolling</source>
            <translation>Défilement synchronisé</translation>
        </message>
        <message>
            <source>Scrolling one viewport moves the others of the same study and frame of reference to the same position</source>
            <translation>Faire défiler une fenêtre déplace les autres du même examen et du même référentiel à la même position</translation>
        </message>
        <message>
            <source>Reference lines</source>
            <translation>Lignes de référence</translation>
        </message>
        <message>
            <source>Show the active viewport's slice on the other viewports of the same study and frame of reference</source>
            <translation>Afficher la coupe de la fenêtre active sur les autres fenêtres du même examen et du même référentiel</translation>
        </message>
        <message>
            <source>No matching series</source>
            <translation>Aucune série correspondante</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Keys: "." / "," next/previous stage; Ctrl+"." / Ctrl+"," next/previous protocol.</source>
            <translation>Touches : « . » / « , » étape suivante/précédente ; Ctrl+« . » / Ctrl+« , » protocole suivant/précédent.</translation>
        </message>
        <message>
            <source>cannot show this image: %1</source>
            <translation>impossible d’afficher cette image : %1</translation>
        </message>
        <message>
            <source>This series cannot be shown:
%1</source>
            <translation>Cette série ne peut pas être affichée :
%1</translation>
        </message>
        <message>
            <source>no "%1" window for %2: the images' own window</source>
            <translation>pas de fenêtre « %1 » pour %2 : fenêtre propre aux images</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolSettingsPage</name>
        <message>
            <source>Hanging protocols are read from the bundled folder, then the site folder, then your own folder; a protocol with the same id as an earlier one replaces it. Leave a field empty for the standard folder.</source>
            <translation>Les protocoles d’affichage sont lus dans le dossier fourni, puis dans le dossier du site, puis dans votre propre dossier ; un protocole de même identifiant qu’un précédent le remplace. Laissez un champ vide pour le dossier standard.</translation>
        </message>
        <message>
            <source>&amp;Site folder:</source>
            <translation>Dossier du &amp;site :</translation>
        </message>
        <message>
            <source>Site protocol folder</source>
            <translation>Dossier de protocoles du site</translation>
        </message>
        <message>
            <source>&amp;Your folder:</source>
            <translation>&amp;Votre dossier :</translation>
        </message>
        <message>
            <source>Your protocol folder</source>
            <translation>Votre dossier de protocoles</translation>
        </message>
        <message>
            <source>Bundled protocols: %1</source>
            <translation>Protocoles fournis : %1</translation>
        </message>
        <message>
            <source>New folders take effect at the next start of the viewer.</source>
            <translation>Les nouveaux dossiers prennent effet au prochain démarrage de la visionneuse.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Choisir...</translation>
        </message>
        <message>
            <source>Choose the %1</source>
            <translation>Choisir le %1</translation>
        </message>
        <message>
            <source>This run uses %1 from the environment variable %2 instead.</source>
            <translation>Cette exécution utilise à la place %1 tiré de la variable d’environnement %2.</translation>
        </message>
        <message>
            <source>Site protocol folder: %1</source>
            <translation>Dossier de protocoles du site : %1</translation>
        </message>
        <message>
            <source>Your protocol folder: %1</source>
            <translation>Votre dossier de protocoles : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RadiologyWorklistView</name>
        <message>
            <source>Radiology worklist</source>
            <translation>Liste de travail radiologie</translation>
        </message>
        <message>
            <source>Worklist preset</source>
            <translation>Préréglage de liste de travail</translation>
        </message>
        <message>
            <source>Saved filters: the bundled ones and yours</source>
            <translation>Filtres enregistrés : ceux fournis et les vôtres</translation>
        </message>
        <message>
            <source>Save preset…</source>
            <translation>Enregistrer le préréglage…</translation>
        </message>
        <message>
            <source>Save the current filter as a preset</source>
            <translation>Enregistrer le filtre courant comme préréglage</translation>
        </message>
        <message>
            <source>Delete preset</source>
            <translation>Supprimer le préréglage</translation>
        </message>
        <message>
            <source>Delete the selected preset</source>
            <translation>Supprimer le préréglage sélectionné</translation>
        </message>
        <message>
            <source>Patient, ID, accession, description</source>
            <translation>Patient, identifiant, accession, description</translation>
        </message>
        <message>
            <source>Search the worklist</source>
            <translation>Rechercher dans la liste de travail</translation>
        </message>
        <message>
            <source>Reading status filter</source>
            <translation>Filtre d’état de lecture</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tout état</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Non lu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lu</translation>
        </message>
        <message>
            <source>Priority filter</source>
            <translation>Filtre de priorité</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>Toute priorité</translation>
        </message>
        <message>
            <source>STAT</source>
            <translation>STAT</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Modality (CT, MR…)</source>
            <translation>Modalité (CT, MR…)</translation>
        </message>
        <message>
            <source>Modality filter</source>
            <translation>Filtre de modalité</translation>
        </message>
        <message>
            <source>Date range filter</source>
            <translation>Filtre de période</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Toute date</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Since yesterday</source>
            <translation>Depuis hier</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>Dates…</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Location filter</source>
            <translation>Filtre d’emplacement</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>On PACS only</source>
            <translation>Sur le PACS uniquement</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Studies to read</source>
            <translation>Examens à interpréter</translation>
        </message>
        <message>
            <source>Mark unread</source>
            <translation>Marquer non lu</translation>
        </message>
        <message>
            <source>Mark in progress</source>
            <translation>Marquer en cours</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Marquer lu</translation>
        </message>
        <message>
            <source>Mark the selected study unread</source>
            <translation>Marquer l’examen sélectionné comme non lu</translation>
        </message>
        <message>
            <source>Mark the selected study in progress</source>
            <translation>Marquer l’examen sélectionné comme en cours</translation>
        </message>
        <message>
            <source>Mark the selected study read</source>
            <translation>Marquer l’examen sélectionné comme lu</translation>
        </message>
        <message>
            <source>Priority of the selected study</source>
            <translation>Priorité de l’examen sélectionné</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Reload the worklist</source>
            <translation>Recharger la liste de travail</translation>
        </message>
        <message>
            <source>Studies shown</source>
            <translation>Examens affichés</translation>
        </message>
        <message>
            <source>Reading user</source>
            <translation>Utilisateur lecteur</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>Changer d’utilisateur…</translation>
        </message>
        <message>
            <source>Switch the reading user</source>
            <translation>Changer d’utilisateur lecteur</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priorité :</translation>
        </message>
        <message>
            <source>Worklist messages</source>
            <translation>Messages de la liste de travail</translation>
        </message>
        <message>
            <source>Some worklist presets could not be read: %1</source>
            <translation>Certains préréglages de liste de travail n’ont pas pu être lus : %1</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Utilisateur : %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 of %2 studies</source>
            <translation>%1 examens sur %2</translation>
        </message>
        <message>
            <source>The study is scheduled but has no images yet.</source>
            <translation>L’examen est planifié mais n’a pas encore d’images.</translation>
        </message>
        <message>
            <source>No unread study left in this list.</source>
            <translation>Plus aucun examen non lu dans cette liste.</translation>
        </message>
        <message>
            <source>Preset "%1" saved in %2.</source>
            <translation>Préréglage « %1 » enregistré dans %2.</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Enregistrer le préréglage</translation>
        </message>
        <message>
            <source>Name of the preset:</source>
            <translation>Nom du préréglage :</translation>
        </message>
        <message>
            <source>Preset "%1" deleted.</source>
            <translation>Préréglage « %1 » supprimé.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReadingController</name>
        <message>
            <source>Presentation state applied: %1</source>
            <translation>État de présentation appliqué : %1</translation>
        </message>
        <message>
            <source>Presentation states are not applied.</source>
            <translation>Les états de présentation ne sont pas appliqués.</translation>
        </message>
        <message>
            <source>Open an image first: key images are flagged on the frame shown.</source>
            <translation>Ouvrez d’abord une image : les images clés sont marquées sur l’image affichée.</translation>
        </message>
        <message numerus="yes">
            <source>Key image flagged (%n key image(s) in this study).</source>
            <translation>
                <numerusform>Image clé marquée (%n image clé dans cet examen).</numerusform>
                <numerusform>Image clé marquée (%n images clés dans cet examen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Key image unflagged (%n key image(s) in this study).</source>
            <translation>
                <numerusform>Image clé démarquée (%n image clé dans cet examen).</numerusform>
                <numerusform>Image clé démarquée (%n images clés dans cet examen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Key images not exported: %1</source>
            <translation>Images clés non exportées : %1</translation>
        </message>
        <message>
            <source>Key Object Selection written to %1</source>
            <translation>Key Object Selection écrit dans %1</translation>
        </message>
        <message>
            <source>Presentation state not exported: no series is shown.</source>
            <translation>État de présentation non exporté : aucune série n’est affichée.</translation>
        </message>
        <message>
            <source>Presentation state not exported: %1</source>
            <translation>État de présentation non exporté : %1</translation>
        </message>
        <message>
            <source>Presentation state written to %1</source>
            <translation>État de présentation écrit dans %1</translation>
        </message>
        <message>
            <source>Study marked read by %1.</source>
            <translation>Examen marqué comme lu par %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReadingSession</name>
        <message>
            <source>A saved measurement cannot be read: %1</source>
            <translation>Une mesure enregistrée ne peut pas être lue : %1</translation>
        </message>
        <message numerus="yes">
            <source>This study has %n other saved measurement set(s) (by %1); only the first is shown.</source>
            <translation>
                <numerusform>Cet examen a %n autre jeu de mesures enregistré (par %1) ; seul le premier est affiché.</numerusform>
                <numerusform>Cet examen a %n autres jeux de mesures enregistrés (par %1) ; seul le premier est affiché.</numerusform>
            </translation>
        </message>
        <message>
            <source>Presentation state %1 cannot be read: %2</source>
            <translation>L’état de présentation %1 ne peut pas être lu : %2</translation>
        </message>
        <message>
            <source>Not saved: %1 Reopen the study to see their version.</source>
            <translation>Non enregistré : %1 Rouvrez l’examen pour voir leur version.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>the image %1 is not among the images open</source>
            <translation>l’image %1 ne fait pas partie des images ouvertes</translation>
        </message>
        <message>
            <source>the catalog did not take the file</source>
            <translation>le catalogue n’a pas accepté le fichier</translation>
        </message>
        <message>
            <source>no image is flagged as key image</source>
            <translation>aucune image n’est marquée comme image clé</translation>
        </message>
        <message>
            <source>the folder %1 cannot be created</source>
            <translation>le dossier %1 ne peut pas être créé</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Images clés</translation>
        </message>
        <message>
            <source>written to %1 but not catalogued: %2</source>
            <translation>écrit dans %1 mais non catalogué : %2</translation>
        </message>
        <message>
            <source>no series is shown</source>
            <translation>aucune série n’est affichée</translation>
        </message>
        <message>
            <source>Measurements and display by %1</source>
            <translation>Mesures et affichage par %1</translation>
        </message>
        <message>
            <source>Window on screen</source>
            <translation>Fenêtre à l’écran</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mesures</translation>
        </message>
        <message>
            <source>Presentation state</source>
            <translation>État de présentation</translation>
        </message>
        <message>
            <source>This study is not in the study catalog: open it from the study list to mark it read.</source>
            <translation>Cet examen n’est pas dans le catalogue d’examens : ouvrez-le depuis la liste des examens pour le marquer comme lu.</translation>
        </message>
        <message>
            <source>Not marked read: %1</source>
            <translation>Non marqué comme lu : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReceiverController</name>
        <message>
            <source>Not receiving studies sent to %1: the catalog is read-only.</source>
            <translation>Les études envoyées à %1 ne sont pas reçues : le catalogue est en lecture seule.</translation>
        </message>
        <message>
            <source>Not receiving studies sent to %1 on port %2: %3</source>
            <translation>Les études envoyées à %1 sur le port %2 ne sont pas reçues : %3</translation>
        </message>
        <message>
            <source>Receiving as %1 on port %2 (DICOM TLS)</source>
            <translation>Réception en tant que %1 sur le port %2 (DICOM TLS)</translation>
        </message>
        <message>
            <source>Receiving as %1 on port %2</source>
            <translation>Réception en tant que %1 sur le port %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RecistChartView</name>
        <message>
            <source>Lesion diameters and sum over time</source>
            <translation>Diamètres des lésions et somme au cours du temps</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Date de l’examen</translation>
        </message>
        <message>
            <source>Diameter (mm)</source>
            <translation>Diamètre (mm)</translation>
        </message>
        <message>
            <source>Sum of target diameters</source>
            <translation>Somme des diamètres des cibles</translation>
        </message>
        <message>
            <source>Overall %1</source>
            <translation>Global %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RemoteArchive</name>
        <message>
            <source>The request could not be made.</source>
            <translation>La requête n’a pas pu être émise.</translation>
        </message>
        <message>
            <source>The archive's host name is unknown.</source>
            <translation>Le nom d’hôte de l’archive est inconnu.</translation>
        </message>
        <message>
            <source>The archive refused the connection (nothing listens on that port).</source>
            <translation>L’archive a refusé la connexion (rien n’écoute sur ce port).</translation>
        </message>
        <message>
            <source>The archive's host is unreachable.</source>
            <translation>L’hôte de l’archive est injoignable.</translation>
        </message>
        <message>
            <source>The archive timed out.</source>
            <translation>L’archive n’a pas répondu à temps.</translation>
        </message>
        <message>
            <source>The archive rejected us (unknown AE title or not allowed).</source>
            <translation>L’archive nous a rejetés (AE title inconnu ou non autorisé).</translation>
        </message>
        <message>
            <source>The archive does not offer this service.</source>
            <translation>L’archive ne propose pas ce service.</translation>
        </message>
        <message>
            <source>The connection to the archive was lost.</source>
            <translation>La connexion à l’archive a été perdue.</translation>
        </message>
        <message>
            <source>The archive reported a failure.</source>
            <translation>L’archive a signalé un échec.</translation>
        </message>
        <message>
            <source>The files could not be stored here (disk full or not writable).</source>
            <translation>Les fichiers n’ont pas pu être stockés ici (disque plein ou non accessible en écriture).</translation>
        </message>
        <message>
            <source>Our DICOM port is already in use.</source>
            <translation>Notre port DICOM est déjà utilisé.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>The archive refused the credentials.</source>
            <translation>L’archive a refusé les identifiants.</translation>
        </message>
        <message>
            <source>The archive's certificate was not trusted.</source>
            <translation>Le certificat de l’archive n’est pas de confiance.</translation>
        </message>
        <message>
            <source>The secure (TLS) connection failed.</source>
            <translation>La connexion sécurisée (TLS) a échoué.</translation>
        </message>
        <message>
            <source>Password needed for node %1 (user "%2"): none is saved for it in this session or the desktop keyring.</source>
            <translation>Mot de passe requis pour le nœud %1 (utilisateur « %2 ») : aucun n’est enregistré pour lui dans cette session ni dans le trousseau du bureau.</translation>
        </message>
        <message>
            <source>Token needed for node %1: none is saved for it in this session or the desktop keyring.</source>
            <translation>Jeton requis pour le nœud %1 : aucun n’est enregistré pour lui dans cette session ni dans le trousseau du bureau.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RetrieveJob</name>
        <message>
            <source>The retrieve from %1 was cancelled.</source>
            <translation>La récupération depuis %1 a été annulée.</translation>
        </message>
        <message>
            <source>%1 holds no instances of this study.</source>
            <translation>%1 ne contient aucune instance de cet examen.</translation>
        </message>
        <message>
            <source>Not enough disk space to retrieve %1 instances (about %2 MB); nothing was fetched. %3</source>
            <translation>Espace disque insuffisant pour récupérer %1 instances (environ %2 Mo) ; rien n’a été récupéré. %3</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>The retrieved instances could not be catalogued.</source>
            <translation>Les instances récupérées n’ont pas pu être cataloguées.</translation>
        </message>
        <message>
            <source>%1 instances listed by %2 did not arrive or could not be catalogued.</source>
            <translation>%1 instances listées par %2 ne sont pas arrivées ou n’ont pas pu être cataloguées.</translation>
        </message>
        <message>
            <source>Everything %1 holds of this study is already here (%2 instances).</source>
            <translation>Tout ce que %1 détient de cet examen est déjà ici (%2 instances).</translation>
        </message>
        <message numerus="yes">
            <source>Retrieved %n instance(s) from %1; %2 already here.</source>
            <translation>
                <numerusform>%n instance récupérée depuis %1 ; %2 déjà ici.</numerusform>
                <numerusform>%n instances récupérées depuis %1 ; %2 déjà ici.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SecuritySettingsPage</name>
        <message>
            <source>Idle lock</source>
            <translation>Verrouillage d’inactivité</translation>
        </message>
        <message>
            <source>Minutes without input before the viewer locks, 0 for never</source>
            <translation>Minutes sans saisie avant que la visionneuse se verrouille, 0 pour jamais</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>&amp;Lock after no input for:</source>
            <translation>&amp;Verrouiller après une inactivité de :</translation>
        </message>
        <message>
            <source>When nobody touches the keyboard, mouse or screen for this long, the viewer hides patient data, pauses cine loops and shows who was reading. Continuing, or switching to another user, is recorded in the audit log. This is a privacy lock, not a login: it checks no password, so lock the computer too when you leave it. The default is %1 minutes; 0 turns the lock off.</source>
            <translation>Lorsque personne ne touche le clavier, la souris ou l’écran pendant cette durée, la visionneuse masque les données du patient, met en pause les boucles ciné et indique qui interprétait. La reprise, ou le changement d’utilisateur, est enregistrée dans le journal d’audit. Il s’agit d’un verrouillage de confidentialité, pas d’une connexion : il ne vérifie aucun mot de passe, verrouillez donc aussi l’ordinateur en le quittant. La valeur par défaut est de %1 minutes ; 0 désactive le verrouillage.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <source>Every study opened, imported, exported, sent, retrieved or deleted, and every change of user, is recorded in the catalog's audit log. A copy of each event can also go to a syslog server (IHE ATNA audit record repository).</source>
            <translation>Chaque examen ouvert, importé, exporté, envoyé, récupéré ou supprimé, et chaque changement d’utilisateur, est enregistré dans le journal d’audit du catalogue. Une copie de chaque événement peut aussi partir vers un serveur syslog (référentiel d’enregistrements d’audit IHE ATNA).</translation>
        </message>
        <message>
            <source>Syslog destination of the audit log</source>
            <translation>Destination syslog du journal d’audit</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Send to &amp;syslog:</source>
            <translation>Envoyer vers &amp;syslog :</translation>
        </message>
        <message>
            <source>Send t&amp;est message</source>
            <translation>Envoyer un message de t&amp;est</translation>
        </message>
        <message>
            <source>Send a test message, naming no patient, to the syslog destination</source>
            <translation>Envoyer un message de test, ne nommant aucun patient, à la destination syslog</translation>
        </message>
        <message>
            <source>Empty: no syslog. "local": this computer's syslog (/dev/log). udp://host:port or tcp://host:port: an audit record repository, for example udp://arr.example.org:514 (port 514 when left out). A new destination applies when the settings are stored. Patient names and IDs go into these messages as DICOM audit messages require: send them only to a server of your institution.</source>
            <translation>Vide : pas de syslog. « local » : le syslog de cet ordinateur (/dev/log). udp://hôte:port ou tcp://hôte:port : un référentiel d’enregistrements d’audit, par exemple udp://arr.example.org:514 (port 514 s’il est omis). Une nouvelle destination s’applique à l’enregistrement des paramètres. Les noms et identifiants des patients figurent dans ces messages comme l’exigent les messages d’audit DICOM : ne les envoyez qu’à un serveur de votre établissement.</translation>
        </message>
        <message>
            <source>Sending a test message to %1…</source>
            <translation>Envoi d’un message de test à %1…</translation>
        </message>
        <message>
            <source>The test message could not be sent to %1: %2</source>
            <translation>Le message de test n’a pas pu être envoyé à %1 : %2</translation>
        </message>
        <message>
            <source>Test message sent to %1. UDP does not confirm delivery: check that the server received it.</source>
            <translation>Message de test envoyé à %1. UDP ne confirme pas la remise : vérifiez que le serveur l’a reçu.</translation>
        </message>
        <message>
            <source>Test message delivered to %1.</source>
            <translation>Message de test remis à %1.</translation>
        </message>
        <message>
            <source>Syslog: %1</source>
            <translation>Syslog : %1</translation>
        </message>
        <message>
            <source>Idle lock: %1</source>
            <translation>Verrouillage d’inactivité : %1</translation>
        </message>
        <message>
            <source>Audit events stay in the catalog only.</source>
            <translation>Les événements d’audit restent uniquement dans le catalogue.</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Non valide : %1</translation>
        </message>
        <message>
            <source>Audit events also go to this computer's syslog.</source>
            <translation>Les événements d’audit partent aussi vers le syslog de cet ordinateur.</translation>
        </message>
        <message>
            <source>Audit events also go to %1, port %2, over %3.</source>
            <translation>Les événements d’audit partent aussi vers %1, port %2, via %3.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SendJob</name>
        <message>
            <source>None of the %1 instances has its file on this computer.</source>
            <translation>Aucune des %1 instances n’a son fichier sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The study has no instances to send.</source>
            <translation>L’examen n’a aucune instance à envoyer.</translation>
        </message>
        <message>
            <source>The send was cancelled.</source>
            <translation>L’envoi a été annulé.</translation>
        </message>
        <message>
            <source>Sent %1 instances; %2 were not sent because their files are missing on this computer.</source>
            <translation>%1 instances envoyées ; %2 n’ont pas été envoyées car leurs fichiers sont absents de cet ordinateur.</translation>
        </message>
        <message>
            <source>Sent %1 instances to %2.</source>
            <translation>%1 instances envoyées à %2.</translation>
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
            <translation>Né(e) le %1  Sexe %2</translation>
        </message>
        <message>
            <source>Study %1</source>
            <translation>Examen %1</translation>
        </message>
        <message>
            <source>Frame %1/%2</source>
            <translation>Image %1/%2</translation>
        </message>
        <message>
            <source>Slice %1/%2</source>
            <translation>Coupe %1/%2</translation>
        </message>
        <message>
            <source>Position %1 mm</source>
            <translation>Position %1 mm</translation>
        </message>
        <message>
            <source>Thickness %1 mm</source>
            <translation>Épaisseur %1 mm</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm</source>
            <translation>Pixel %1 x %2 mm</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm at detector</source>
            <translation>Pixel %1 x %2 mm au détecteur</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm (US region)</source>
            <translation>Pixel %1 x %2 mm (région échographique)</translation>
        </message>
        <message>
            <source>No calibration: pixels only</source>
            <translation>Pas d’étalonnage : pixels uniquement</translation>
        </message>
        <message>
            <source>VOI LUT</source>
            <translation>VOI LUT</translation>
        </message>
        <message>
            <source>W %1  L %2</source>
            <translation>L %1  N %2</translation>
        </message>
        <message>
            <source>Zoom %1%</source>
            <translation>Zoom %1%</translation>
        </message>
        <message>
            <source>Rotated %1°</source>
            <translation>Rotation %1°</translation>
        </message>
        <message>
            <source>Flipped</source>
            <translation>Retournée</translation>
        </message>
        <message>
            <source>Inverted</source>
            <translation>Inversée</translation>
        </message>
        <message>
            <source>LOSSY</source>
            <translation>AVEC PERTES</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Pages de paramètres</translation>
        </message>
        <message>
            <source>&amp;PACS nodes</source>
            <translation>Nœuds &amp;PACS</translation>
        </message>
        <message>
            <source>C&amp;atalog</source>
            <translation>C&amp;atalogue</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>P&amp;rotocols</source>
            <translation>P&amp;rotocoles</translation>
        </message>
        <message>
            <source>C&amp;ine</source>
            <translation>C&amp;iné</translation>
        </message>
        <message>
            <source>&amp;Storage</source>
            <translation>&amp;Stockage</translation>
        </message>
        <message>
            <source>Sec&amp;urity</source>
            <translation>Séc&amp;urité</translation>
        </message>
        <message>
            <source>Store the settings and close</source>
            <translation>Enregistrer les paramètres et fermer</translation>
        </message>
        <message>
            <source>Store the settings</source>
            <translation>Enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Close without storing the settings</source>
            <translation>Fermer sans enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Settings stored in %1.</source>
            <translation>Paramètres enregistrés dans %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SharedCatalogMonitor</name>
        <message>
            <source>Shared catalog state</source>
            <translation>État du catalogue partagé</translation>
        </message>
        <message>
            <source>Not sent after the outage: %1</source>
            <translation>Non envoyé après la coupure : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made while offline were saved to the shared catalog.</source>
            <translation>
                <numerusform>%n modification faite hors ligne a été enregistrée dans le catalogue partagé.</numerusform>
                <numerusform>%n modifications faites hors ligne ont été enregistrées dans le catalogue partagé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made while offline conflict with another workstation's: see Warnings.</source>
            <translation>
                <numerusform>%n modification faite hors ligne est en conflit avec celles d’un autre poste : voir Avertissements.</numerusform>
                <numerusform>%n modifications faites hors ligne sont en conflit avec celles d’un autre poste : voir Avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <source>Shared catalog: %1</source>
            <translation>Catalogue partagé : %1</translation>
        </message>
        <message>
            <source>Shared catalog OFFLINE: showing what was loaded; measurements are kept and sent later</source>
            <translation>Catalogue partagé HORS LIGNE : affichage de ce qui a été chargé ; les mesures sont conservées et envoyées plus tard</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StorageSettingsPage</name>
        <message>
            <source>Managed store</source>
            <translation>Stockage géré</translation>
        </message>
        <message>
            <source>Copies of studies retrieved from a PACS, received, or copied from media are kept in the managed store.</source>
            <translation>Les copies des examens récupérés depuis un PACS, reçus ou copiés depuis un support sont conservées dans le stockage géré.</translation>
        </message>
        <message>
            <source>Largest size of the managed store in gibibytes, 0 for no limit</source>
            <translation>Taille maximale du stockage géré en gibioctets, 0 pour aucune limite</translation>
        </message>
        <message>
            <source> GiB</source>
            <translation> Gio</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Aucune limite</translation>
        </message>
        <message>
            <source>Largest &amp;size:</source>
            <translation>&amp;Taille maximale :</translation>
        </message>
        <message>
            <source>Days after the last opening when a study may leave the store, 0 for no limit</source>
            <translation>Jours après la dernière ouverture au-delà desquels un examen peut quitter le stockage, 0 pour aucune limite</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Remove after &amp;unused for:</source>
            <translation>Retirer après &amp;inutilisation pendant :</translation>
        </message>
        <message>
            <source>Above the size, or once a study has not been opened for that many days, the viewer removes copies it can retrieve again from an archive, least recently used first. Copies from media or folders, objects created here and not yet sent, and files opened where they are stay untouched. 0 means no limit.</source>
            <translation>Au-delà de cette taille, ou lorsqu’un examen n’a pas été ouvert depuis ce nombre de jours, la visionneuse retire les copies qu’elle peut récupérer à nouveau depuis une archive, les moins récemment utilisées d’abord. Les copies provenant de supports ou de dossiers, les objets créés ici et pas encore envoyés, et les fichiers ouverts sur place ne sont pas touchés. 0 signifie aucune limite.</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Mémoire</translation>
        </message>
        <message>
            <source> MiB</source>
            <translation> Mio</translation>
        </message>
        <message>
            <source>Automatic (%1 MiB)</source>
            <translation>Automatique (%1 Mio)</translation>
        </message>
        <message>
            <source>Memory budget for decoded images in mebibytes, 0 for automatic</source>
            <translation>Budget mémoire pour les images décodées en mébioctets, 0 pour automatique</translation>
        </message>
        <message>
            <source>Image &amp;memory budget:</source>
            <translation>Budget &amp;mémoire des images :</translation>
        </message>
        <message>
            <source>Decoded images of all open studies share this memory; beyond it, the images used least recently are released and decoded again when needed. 0 = automatic (a quarter of physical memory: %1 MiB of %2 MiB). Otherwise at least %3 MiB.</source>
            <translation>Les images décodées de tous les examens ouverts se partagent cette mémoire ; au-delà, les images les moins récemment utilisées sont libérées et décodées à nouveau si nécessaire. 0 = automatique (un quart de la mémoire physique : %1 Mio sur %2 Mio). Sinon au moins %3 Mio.</translation>
        </message>
        <message>
            <source>Store folder: %1</source>
            <translation>Dossier de stockage : %1</translation>
        </message>
        <message>
            <source>Measuring what the store holds…</source>
            <translation>Mesure du contenu du stockage…</translation>
        </message>
        <message>
            <source>The store is empty (the folder is created with the first copy).</source>
            <translation>Le stockage est vide (le dossier est créé avec la première copie).</translation>
        </message>
        <message numerus="yes">
            <source>It holds %1 in %n file(s).</source>
            <translation>
                <numerusform>Il contient %1 en %n fichier.</numerusform>
                <numerusform>Il contient %1 en %n fichiers.</numerusform>
            </translation>
        </message>
        <message>
            <source>Memory budget: %1</source>
            <translation>Budget mémoire : %1</translation>
        </message>
        <message>
            <source>Managed store: %1</source>
            <translation>Stockage géré : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StoreCommands</name>
        <message>
            <source>The managed store: its size, and evicting studies that can be retrieved again.</source>
            <translation>Le stockage géré : sa taille, et l’éviction des examens qui peuvent être récupérés à nouveau.</translation>
        </message>
        <message>
            <source>Catalog database file or postgresql:// URL.</source>
            <translation>Fichier de base du catalogue ou URL postgresql://.</translation>
        </message>
        <message>
            <source>Size limit in GiB (default: the setting store/maxSizeGiB; 0 = none).</source>
            <translation>Taille limite en Gio (par défaut : le paramètre store/maxSizeGiB ; 0 = aucune).</translation>
        </message>
        <message>
            <source>Evict studies not used for N days (default: store/maxAgeDays; 0 = none).</source>
            <translation>Évincer les examens non utilisés depuis N jours (par défaut : store/maxAgeDays ; 0 = aucune limite).</translation>
        </message>
        <message>
            <source>Say what would be evicted; delete nothing.</source>
            <translation>Indiquer ce qui serait évincé ; ne rien supprimer.</translation>
        </message>
        <message>
            <source>Managed store folder (default: the catalog's).</source>
            <translation>Dossier du stockage géré (par défaut : celui du catalogue).</translation>
        </message>
        <message>
            <source>status or prune</source>
            <translation>status ou prune</translation>
        </message>
        <message>
            <source>usage: continuum store status|prune [--max-size-gib N] [--max-age-days N] [--dry-run] [--catalog FILE]</source>
            <translation>usage : continuum store status|prune [--max-size-gib N] [--max-age-days N] [--dry-run] [--catalog FICHIER]</translation>
        </message>
        <message>
            <source>--max-size-gib needs a number of GiB (0 = no limit)</source>
            <translation>--max-size-gib requiert un nombre de Gio (0 = aucune limite)</translation>
        </message>
        <message>
            <source>--max-age-days needs a whole number of days (0 = no limit)</source>
            <translation>--max-age-days requiert un nombre entier de jours (0 = aucune limite)</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>impossible d’ouvrir le catalogue %1 : %2</translation>
        </message>
        <message>
            <source>retrievable again</source>
            <translation>récupérable à nouveau</translation>
        </message>
        <message>
            <source>%1 unsent object(s) created here</source>
            <translation>%1 objet(s) créé(s) ici non envoyé(s)</translation>
        </message>
        <message>
            <source>copied from media, a folder or a push: kept</source>
            <translation>copié depuis un support, un dossier ou un envoi reçu : conservé</translation>
        </message>
        <message>
            <source>%1 in %2 files of %3 studies in %4; %5 can be evicted; limits: %6, %7</source>
            <translation>%1 en %2 fichiers de %3 examens dans %4 ; %5 peuvent être évincés ; limites : %6, %7</translation>
        </message>
        <message>
            <source>no size limit</source>
            <translation>aucune limite de taille</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 jours</translation>
        </message>
        <message>
            <source>no age limit</source>
            <translation>aucune limite d’âge</translation>
        </message>
        <message>
            <source>no limit is set: give --max-size-gib or --max-age-days, or set them in the settings</source>
            <translation>aucune limite n’est définie : indiquez --max-size-gib ou --max-age-days, ou définissez-les dans les paramètres</translation>
        </message>
        <message>
            <source>would evict</source>
            <translation>serait évincé</translation>
        </message>
        <message>
            <source>evicted</source>
            <translation>évincé</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>conservé</translation>
        </message>
        <message>
            <source>%1 %2 (%3 files); the store holds %4 of managed copies%5</source>
            <translation>%1 %2 (%3 fichiers) ; le stockage contient %4 de copies gérées%5</translation>
        </message>
        <message>
            <source>would free</source>
            <translation>libérerait</translation>
        </message>
        <message>
            <source>freed</source>
            <translation>libéré</translation>
        </message>
        <message>
            <source>, still over the size limit: the rest is unsent work, open, or copied from media</source>
            <translation>, toujours au-dessus de la taille limite : le reste est du travail non envoyé, ouvert, ou copié depuis un support</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StructuredReportView</name>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Arbre</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>(%1 item %2)</source>
            <translation>(%1 élément %2)</translation>
        </message>
        <message>
            <source>Click to show %1</source>
            <translation>Cliquer pour afficher %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyDocumentsPanel</name>
        <message>
            <source>Report</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Compte rendu PDF</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Images clés</translation>
        </message>
        <message>
            <source>Presentation state</source>
            <translation>État de présentation</translation>
        </message>
        <message>
            <source>Reports and key objects of the study</source>
            <translation>Comptes rendus et objets clés de l’examen</translation>
        </message>
        <message>
            <source>Referenced images</source>
            <translation>Images référencées</translation>
        </message>
        <message>
            <source>No reports or key objects came with this study.</source>
            <translation>Aucun compte rendu ni objet clé n’accompagne cet examen.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Image %1</source>
            <translation>Image %1</translation>
        </message>
        <message>
            <source>Image %1, frame %2</source>
            <translation>Image %1, trame %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n image(s)</source>
            <translation>
                <numerusform>%1 : %n image</numerusform>
                <numerusform>%1 : %n images</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2), %3</source>
            <translation>%1 (%2), %3</translation>
        </message>
        <message numerus="yes">
            <source>%n graphic(s)</source>
            <translation>
                <numerusform>%n graphique</numerusform>
                <numerusform>%n graphiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s)</source>
            <translation>
                <numerusform>%n texte</numerusform>
                <numerusform>%n textes</numerusform>
            </translation>
        </message>
        <message>
            <source>window/level set</source>
            <translation>fenêtre/niveau défini</translation>
        </message>
        <message>
            <source>rotated %1°%2</source>
            <translation>rotation %1°%2</translation>
        </message>
        <message>
            <source>, flipped</source>
            <translation>, retournée</translation>
        </message>
        <message numerus="yes">
            <source>applies to %n image(s):</source>
            <translation>
                <numerusform>s’applique à %n image :</numerusform>
                <numerusform>s’applique à %n images :</numerusform>
            </translation>
        </message>
        <message>
            <source>This document cannot be shown: %1</source>
            <translation>Ce document ne peut pas être affiché : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyListModel</name>
        <message>
            <source>Unread</source>
            <translation>Non lu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lu</translation>
        </message>
        <message numerus="yes">
            <source>%1, incomplete (%n series)</source>
            <translation>
                <numerusform>%1, incomplet (%n série)</numerusform>
                <numerusform>%1, incomplet (%n séries)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n series of this study did not finish importing: more files may exist. Importing the same files again completes them.</source>
            <translation>
                <numerusform>%n série de cet examen n’a pas fini d’être importée : d’autres fichiers peuvent exister. Importer à nouveau les mêmes fichiers la complète.</numerusform>
                <numerusform>%n séries de cet examen n’ont pas fini d’être importées : d’autres fichiers peuvent exister. Importer à nouveau les mêmes fichiers les complète.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to sort by this column</source>
            <translation>Cliquer pour trier selon cette colonne</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>Identifiant patient</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Date de l’examen</translation>
        </message>
        <message>
            <source>Modalities</source>
            <translation>Modalités</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>Accession</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyRetrieveQueue</name>
        <message>
            <source>The PACS nodes file cannot be read: %1</source>
            <translation>Le fichier des nœuds PACS ne peut pas être lu : %1</translation>
        </message>
        <message>
            <source>The PACS node "%1" is no longer configured.</source>
            <translation>Le nœud PACS « %1 » n’est plus configuré.</translation>
        </message>
        <message>
            <source>The retrieve could not start.</source>
            <translation>La récupération n’a pas pu démarrer.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SwitchUserDialog</name>
        <message>
            <source>Switch user</source>
            <translation>Changer d’utilisateur</translation>
        </message>
        <message>
            <source>Give the name of the user who reads from now on. It is recorded in the audit log and marks the studies this user reads. The viewer does not check a password: the name is taken as given.</source>
            <translation>Indiquez le nom de l’utilisateur qui interprète à partir de maintenant. Il est enregistré dans le journal d’audit et marque les examens que cet utilisateur lit. La visionneuse ne vérifie aucun mot de passe : le nom est pris tel quel.</translation>
        </message>
        <message>
            <source>Name of the reading user</source>
            <translation>Nom de l’utilisateur lecteur</translation>
        </message>
        <message>
            <source>&amp;Read as:</source>
            <translation>&amp;Lire en tant que :</translation>
        </message>
        <message>
            <source>&amp;Switch</source>
            <translation>&amp;Changer</translation>
        </message>
        <message>
            <source>Read as this user</source>
            <translation>Lire en tant que cet utilisateur</translation>
        </message>
        <message>
            <source>Keep the current user</source>
            <translation>Garder l’utilisateur actuel</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ThemeSettingsPage</name>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>%1 theme</source>
            <translation>Thème %1</translation>
        </message>
        <message>
            <source>The theme applies to every window at once.</source>
            <translation>Le thème s’applique à toutes les fenêtres à la fois.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TimelinePanel</name>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Show %1 studies</source>
            <translation>Afficher les examens %1</translation>
        </message>
        <message>
            <source>Show or hide the %1 lane's studies</source>
            <translation>Afficher ou masquer les examens de la ligne %1</translation>
        </message>
        <message>
            <source>Modality shown on the timeline</source>
            <translation>Modalité affichée sur la chronologie</translation>
        </message>
        <message>
            <source>All modalities</source>
            <translation>Toutes les modalités</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Open the selected study in its department's layout (retrieving it first when only the PACS has it)</source>
            <translation>Ouvrir l’examen sélectionné dans la disposition de son service (en le récupérant d’abord s’il n’est que sur le PACS)</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>Co&amp;mparer</translation>
        </message>
        <message>
            <source>Open the selected studies side by side, the newest as current (oncology comparison)</source>
            <translation>Ouvrir les examens sélectionnés côte à côte, le plus récent comme actuel (comparaison oncologique)</translation>
        </message>
        <message>
            <source>Retrieve all &amp;priors</source>
            <translation>Récupérer tous les &amp;antérieurs</translation>
        </message>
        <message>
            <source>Retrieve every study of this patient that only the PACS has</source>
            <translation>Récupérer tous les examens de ce patient présents uniquement sur le PACS</translation>
        </message>
        <message>
            <source>Retrieve all &amp;priors (%1)</source>
            <translation>Récupérer tous les &amp;antérieurs (%1)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TimelineWidget</name>
        <message>
            <source>Patient timeline</source>
            <translation>Chronologie du patient</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(sans description)</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>no modality</source>
            <translation>aucune modalité</translation>
        </message>
        <message>
            <source>1 image</source>
            <translation>1 image</translation>
        </message>
        <message>
            <source>%1 images</source>
            <translation>%1 images</translation>
        </message>
        <message>
            <source>Incomplete: retrieve interrupted</source>
            <translation>Incomplet : récupération interrompue</translation>
        </message>
        <message>
            <source>Incomplete: series still importing or interrupted (%1)</source>
            <translation>Incomplet : série en cours d’importation ou interrompue (%1)</translation>
        </message>
        <message>
            <source>Also on PACS: %1</source>
            <translation>Aussi sur le PACS : %1</translation>
        </message>
        <message>
            <source>On: %1</source>
            <translation>Sur : %1</translation>
        </message>
        <message>
            <source>No studies for this patient</source>
            <translation>Aucun examen pour ce patient</translation>
        </message>
        <message>
            <source>No study matches the timeline filter</source>
            <translation>Aucun examen ne correspond au filtre de la chronologie</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (hidden)</source>
            <translation>%1 (masqué)</translation>
        </message>
        <message>
            <source>1 study</source>
            <translation>1 examen</translation>
        </message>
        <message>
            <source>%1 studies</source>
            <translation>%1 examens</translation>
        </message>
        <message>
            <source>%1 with a patient name or birth date mismatch</source>
            <translation>%1 avec un nom de patient ou une date de naissance discordants</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 sélectionné(s)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TumorBoardReport</name>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Tumor board</source>
            <translation>RCP</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>impossible d’écrire %1</translation>
        </message>
        <message>
            <source>Tumor board: response by RECIST 1.1</source>
            <translation>RCP : réponse selon RECIST 1.1</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Patient : %1</translation>
        </message>
        <message>
            <source>Patient ID: %1%2</source>
            <translation>Identifiant patient : %1%2</translation>
        </message>
        <message>
            <source>Birth date: %1    Sex: %2</source>
            <translation>Date de naissance : %1    Sexe : %2</translation>
        </message>
        <message>
            <source>Timepoints</source>
            <translation>Temps d’examen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>Body region</source>
            <translation>Région anatomique</translation>
        </message>
        <message>
            <source>Study Instance UID</source>
            <translation>Study Instance UID</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>examen de référence</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>suivi %1</translation>
        </message>
        <message>
            <source>Lesions</source>
            <translation>Lésions</translation>
        </message>
        <message>
            <source>Overall response at %1: %2 (%3)</source>
            <translation>Réponse globale à %1 : %2 (%3)</translation>
        </message>
        <message>
            <source>Not RECIST 1.1 conformant: %1</source>
            <translation>Non conforme à RECIST 1.1 : %1</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <source>Responses (RECIST 1.1)</source>
            <translation>Réponses (RECIST 1.1)</translation>
        </message>
        <message>
            <source>%1 baseline: sum of diameters %2 mm</source>
            <translation>%1 référence : somme des diamètres %2 mm</translation>
        </message>
        <message>
            <source>%1: overall %2 (%3)</source>
            <translation>%1 : global %2 (%3)</translation>
        </message>
        <message>
            <source>Target lesions: %1. %2</source>
            <translation>Lésions cibles : %1. %2</translation>
        </message>
        <message>
            <source>Non-target lesions: %1. %2</source>
            <translation>Lésions non cibles : %1. %2</translation>
        </message>
        <message>
            <source>New lesions: none</source>
            <translation>Nouvelles lésions : aucune</translation>
        </message>
        <message>
            <source>New lesions: %1</source>
            <translation>Nouvelles lésions : %1</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Images clés</translation>
        </message>
        <message>
            <source>organ not given</source>
            <translation>organe non précisé</translation>
        </message>
        <message>
            <source>, lymph node</source>
            <translation>, ganglion</translation>
        </message>
        <message>
            <source>no key image</source>
            <translation>pas d’image clé</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <source>cannot finish %1</source>
            <translation>impossible de finaliser %1</translation>
        </message>
        <message>
            <source>nothing was written to %1</source>
            <translation>rien n’a été écrit dans %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::UserSession</name>
        <message>
            <source>Give the name of the user.</source>
            <translation>Indiquez le nom de l’utilisateur.</translation>
        </message>
        <message>
            <source>A user name has at most %1 characters.</source>
            <translation>Un nom d’utilisateur compte au plus %1 caractères.</translation>
        </message>
        <message>
            <source>A user name cannot hold control characters or line breaks.</source>
            <translation>Un nom d’utilisateur ne peut contenir ni caractères de contrôle ni sauts de ligne.</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::EchoLoopTools</name>
        <message>
            <source>Frame %1</source>
            <translation>Image %1</translation>
        </message>
        <message>
            <source>%1: not measured: %2</source>
            <translation>%1 : non mesuré : %2</translation>
        </message>
        <message>
            <source>%1: length %2 mm</source>
            <translation>%1 : longueur %2 mm</translation>
        </message>
        <message>
            <source>%1: area %2 cm²</source>
            <translation>%1 : surface %2 cm²</translation>
        </message>
        <message>
            <source>only a measured area traces the LV</source>
            <translation>seule une surface mesurée trace le VG</translation>
        </message>
        <message>
            <source>frame %1 is marked neither end diastole nor end systole</source>
            <translation>l’image %1 n’est marquée ni télédiastole ni télésystole</translation>
        </message>
        <message>
            <source>the trace has no long axis</source>
            <translation>le tracé n’a pas de grand axe</translation>
        </message>
        <message>
            <source>unknown version of the stored loop measurements</source>
            <translation>version inconnue des mesures de boucle enregistrées</translation>
        </message>
        <message>
            <source>the stored measurements belong to another loop</source>
            <translation>les mesures enregistrées appartiennent à une autre boucle</translation>
        </message>
        <message>
            <source>unknown apical view "%1"</source>
            <translation>vue apicale inconnue « %1 »</translation>
        </message>
        <message>
            <source>the stored marks belong to another loop</source>
            <translation>les marques enregistrées appartiennent à une autre boucle</translation>
        </message>
        <message>
            <source>a stored measurement has no valid kind or frame</source>
            <translation>une mesure enregistrée n’a pas de type ou d’image valide</translation>
        </message>
        <message>
            <source>a stored measurement has a malformed point</source>
            <translation>une mesure enregistrée a un point malformé</translation>
        </message>
        <message>
            <source>a stored measurement has the wrong number of points</source>
            <translation>une mesure enregistrée n’a pas le bon nombre de points</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::LvFunctionAssessment</name>
        <message>
            <source>no %1 loop</source>
            <translation>pas de boucle %1</translation>
        </message>
        <message>
            <source>no end-diastolic frame marked in the %1 loop</source>
            <translation>aucune image télédiastolique marquée dans la boucle %1</translation>
        </message>
        <message>
            <source>no end-systolic frame marked in the %1 loop</source>
            <translation>aucune image télésystolique marquée dans la boucle %1</translation>
        </message>
        <message>
            <source>%1 contour not traced in the %2 view</source>
            <translation>contour %1 non tracé dans la vue %2</translation>
        </message>
        <message>
            <source>ejection fraction needs end-diastolic and end-systolic volumes by the same method</source>
            <translation>la fraction d’éjection requiert des volumes télédiastolique et télésystolique obtenus par la même méthode</translation>
        </message>
        <message>
            <source>apical 4-chamber</source>
            <translation>apicale 4 cavités</translation>
        </message>
        <message>
            <source>apical 2-chamber</source>
            <translation>apicale 2 cavités</translation>
        </message>
        <message>
            <source>end-diastolic</source>
            <translation>télédiastolique</translation>
        </message>
        <message>
            <source>end-systolic</source>
            <translation>télésystolique</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::LvVolume</name>
        <message>
            <source>single-plane area-length</source>
            <translation>surface-longueur monoplan</translation>
        </message>
        <message>
            <source>biplane Simpson (method of discs)</source>
            <translation>Simpson biplan (méthode des disques)</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::UltrasoundRegionCalibration</name>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>unit code %1</source>
            <translation>code d’unité %1</translation>
        </message>
        <message>
            <source>format %1</source>
            <translation>format %1</translation>
        </message>
        <message>
            <source>%1, %2 x %3</source>
            <translation>%1, %2 x %3</translation>
        </message>
        <message>
            <source>no format</source>
            <translation>pas de format</translation>
        </message>
        <message>
            <source>2D</source>
            <translation>2D</translation>
        </message>
        <message>
            <source>M-mode</source>
            <translation>Mode TM</translation>
        </message>
        <message>
            <source>spectral</source>
            <translation>spectral</translation>
        </message>
        <message>
            <source>waveform</source>
            <translation>tracé</translation>
        </message>
        <message>
            <source>graphics</source>
            <translation>graphiques</translation>
        </message>
        <message>
            <source>File not found.</source>
            <translation>Fichier introuvable.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file.</source>
            <translation>Fichier DICOM illisible.</translation>
        </message>
        <message>
            <source>no ultrasound regions: the image carries no calibration</source>
            <translation>pas de régions échographiques : l’image ne porte aucun étalonnage</translation>
        </message>
        <message>
            <source>outside any calibrated region</source>
            <translation>en dehors de toute région étalonnée</translation>
        </message>
        <message>
            <source>region is Doppler (time/velocity)</source>
            <translation>la région est Doppler (temps/vitesse)</translation>
        </message>
        <message>
            <source>region is M-mode (time/depth)</source>
            <translation>la région est en mode TM (temps/profondeur)</translation>
        </message>
        <message>
            <source>region is a waveform trace (time), not an image</source>
            <translation>la région est un tracé (temps), pas une image</translation>
        </message>
        <message>
            <source>region has no physical units</source>
            <translation>la région n’a pas d’unités physiques</translation>
        </message>
        <message>
            <source>region units are not centimetres</source>
            <translation>les unités de la région ne sont pas des centimètres</translation>
        </message>
        <message>
            <source>the points lie in different regions</source>
            <translation>les points sont dans des régions différentes</translation>
        </message>
        <message>
            <source>not enough points</source>
            <translation>pas assez de points</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::WaveformReader</name>
        <message>
            <source>File not found.</source>
            <translation>Fichier introuvable.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>Le fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading it.</source>
            <translation>Le fichier est malformé : la bibliothèque DICOM a échoué en le lisant.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file.</source>
            <translation>Fichier DICOM illisible.</translation>
        </message>
        <message>
            <source>Waveform group %1</source>
            <translation>Groupe de tracés %1</translation>
        </message>
        <message>
            <source>%1 has no Number of Waveform Channels.</source>
            <translation>%1 n’a pas de Number of Waveform Channels.</translation>
        </message>
        <message>
            <source>%1 has no Number of Waveform Samples.</source>
            <translation>%1 n’a pas de Number of Waveform Samples.</translation>
        </message>
        <message>
            <source>%1 has no valid Sampling Frequency.</source>
            <translation>%1 n’a pas de Sampling Frequency valide.</translation>
        </message>
        <message>
            <source>%1 has no Waveform Bits Allocated.</source>
            <translation>%1 n’a pas de Waveform Bits Allocated.</translation>
        </message>
        <message>
            <source>%1 stores %2-bit samples as "%3"; only 8-bit SB/UB and 16-bit SS/US are read.</source>
            <translation>%1 stocke des échantillons de %2 bits en « %3 » ; seuls SB/UB 8 bits et SS/US 16 bits sont lus.</translation>
        </message>
        <message>
            <source>%1 announces %2 channels but defines %3.</source>
            <translation>%1 annonce %2 voies mais en définit %3.</translation>
        </message>
        <message>
            <source>%1 has no Waveform Data.</source>
            <translation>%1 n’a pas de Waveform Data.</translation>
        </message>
        <message>
            <source>%1: Waveform Data holds %2 bytes, %3 channels x %4 samples need %5.</source>
            <translation>%1 : Waveform Data contient %2 octets, %3 voies x %4 échantillons en requièrent %5.</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Voie %1</translation>
        </message>
        <message>
            <source>Waveforms in big-endian files are not read.</source>
            <translation>Les tracés des fichiers big-endian ne sont pas lus.</translation>
        </message>
        <message>
            <source>The object carries no waveform (no Waveform Sequence).</source>
            <translation>L’objet ne porte aucun tracé (pas de Waveform Sequence).</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog</name>
        <message>
            <source>The catalog %1 is read-only (%2): you can browse it, but imports and changes are refused.</source>
            <translation>Le catalogue %1 est en lecture seule (%2) : vous pouvez le parcourir, mais les importations et modifications sont refusées.</translation>
        </message>
        <message>
            <source>The catalog is not open.</source>
            <translation>Le catalogue n’est pas ouvert.</translation>
        </message>
        <message>
            <source>The shared catalog is offline, so the reading status cannot change now (the other workstations could not see it). Try again when the connection is back. %1</source>
            <translation>Le catalogue partagé est hors ligne, l’état de lecture ne peut donc pas changer maintenant (les autres postes ne pourraient pas le voir). Réessayez lorsque la connexion sera rétablie. %1</translation>
        </message>
        <message>
            <source>The object %1 is not in the catalog; catalogue it first.</source>
            <translation>L’objet %1 n’est pas dans le catalogue ; cataloguez-le d’abord.</translation>
        </message>
        <message>
            <source>The catalog could not record the object %1: %2</source>
            <translation>Le catalogue n’a pas pu enregistrer l’objet %1 : %2</translation>
        </message>
        <message>
            <source>an unknown time</source>
            <translation>une heure inconnue</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu’un</translation>
        </message>
        <message>
            <source>No catalog location was given.</source>
            <translation>Aucun emplacement de catalogue n’a été indiqué.</translation>
        </message>
        <message>
            <source>The catalog server %1 cannot be reached: %2</source>
            <translation>Le serveur du catalogue %1 est injoignable : %2</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached, and the change could not be kept on this workstation either: %1</source>
            <translation>Le serveur du catalogue est injoignable, et la modification n’a pas pu non plus être conservée sur ce poste : %1</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached; the deletion is kept on this workstation and will be applied when the server is back.</source>
            <translation>Le serveur du catalogue est injoignable ; la suppression est conservée sur ce poste et sera appliquée au retour du serveur.</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached; the annotation is kept on this workstation and will be saved when the server is back.</source>
            <translation>Le serveur du catalogue est injoignable ; l’annotation est conservée sur ce poste et sera enregistrée au retour du serveur.</translation>
        </message>
        <message>
            <source>The audit event could not be recorded in the catalog: %1</source>
            <translation>L’événement d’audit n’a pas pu être enregistré dans le catalogue : %1</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached, and the audit event could not be kept on this workstation either: %1</source>
            <translation>Le serveur du catalogue est injoignable, et l’événement d’audit n’a pas pu non plus être conservé sur ce poste : %1</translation>
        </message>
        <message>
            <source>The object %1 was not created on this workstation (recordCreatedObject), so its sending is not tracked.</source>
            <translation>L’objet %1 n’a pas été créé sur ce poste (recordCreatedObject), son envoi n’est donc pas suivi.</translation>
        </message>
        <message>
            <source>The catalog could not forget the deleted files: %1</source>
            <translation>Le catalogue n’a pas pu oublier les fichiers supprimés : %1</translation>
        </message>
        <message>
            <source>The study is not in the catalog.</source>
            <translation>L’examen n’est pas dans le catalogue.</translation>
        </message>
        <message>
            <source>%1 changed this study at %2 after you loaded it; nothing was written. Its state is shown as it is now.</source>
            <translation>%1 a modifié cet examen le %2 après votre chargement ; rien n’a été écrit. Son état est affiché tel qu’il est maintenant.</translation>
        </message>
        <message>
            <source>%1 set this study's priority by hand; the worklist server's priority was not applied.</source>
            <translation>%1 a défini la priorité de cet examen à la main ; la priorité du serveur de liste de travail n’a pas été appliquée.</translation>
        </message>
        <message>
            <source>The annotation is no longer in the catalog (deleted meanwhile).</source>
            <translation>L’annotation n’est plus dans le catalogue (supprimée entre-temps).</translation>
        </message>
        <message>
            <source>An annotation with this identifier was already saved by %1 at %2; nothing was written.</source>
            <translation>Une annotation avec cet identifiant a déjà été enregistrée par %1 le %2 ; rien n’a été écrit.</translation>
        </message>
        <message>
            <source>%1 changed this annotation at %2 after you loaded it (revision %3, yours %4); nothing was written.</source>
            <translation>%1 a modifié cette annotation le %2 après votre chargement (révision %3, la vôtre %4) ; rien n’a été écrit.</translation>
        </message>
        <message>
            <source>The annotation payload is not JSON: %1</source>
            <translation>Le contenu de l’annotation n’est pas du JSON : %1</translation>
        </message>
        <message>
            <source>The annotation has no kind.</source>
            <translation>L’annotation n’a pas de type.</translation>
        </message>
        <message>
            <source>The catalog location must be a file path or a postgresql://user@host:port/database URL.</source>
            <translation>L’emplacement du catalogue doit être un chemin de fichier ou une URL postgresql://utilisateur@hôte:port/base.</translation>
        </message>
        <message>
            <source>The catalog URL is malformed: %1</source>
            <translation>L’URL du catalogue est malformée : %1</translation>
        </message>
        <message>
            <source>The catalog URL names no database (expected postgresql://user@host:port/database).</source>
            <translation>L’URL du catalogue ne nomme aucune base (attendu : postgresql://utilisateur@hôte:port/base).</translation>
        </message>
        <message>
            <source>The catalog URL has an invalid port.</source>
            <translation>L’URL du catalogue a un port invalide.</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog::CatalogChangeListener</name>
        <message>
            <source>the change notifications could not be subscribed</source>
            <translation>l’abonnement aux notifications de modification a échoué</translation>
        </message>
        <message>
            <source>The shared catalog is reachable again.</source>
            <translation>Le catalogue partagé est de nouveau joignable.</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog::StoreJanitor</name>
        <message>
            <source>within the limits</source>
            <translation>dans les limites</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>unsent objects created here</source>
            <translation>objets créés ici non envoyés</translation>
        </message>
        <message>
            <source>copied from media, a folder or a push: not known elsewhere</source>
            <translation>copié depuis un support, un dossier ou un envoi reçu : inconnu ailleurs</translation>
        </message>
        <message>
            <source>files could not be deleted</source>
            <translation>des fichiers n’ont pas pu être supprimés</translation>
        </message>
        <message>
            <source>age limit</source>
            <translation>limite d’âge</translation>
        </message>
        <message>
            <source>size limit</source>
            <translation>limite de taille</translation>
        </message>
        <message>
            <source>open on this workstation</source>
            <translation>ouvert sur ce poste</translation>
        </message>
        <message>
            <source>%1 object(s) created here not sent yet</source>
            <translation>%1 objet(s) créé(s) ici pas encore envoyé(s)</translation>
        </message>
        <message>
            <source>%1 file(s) copied from media or a folder, or pushed to this workstation</source>
            <translation>%1 fichier(s) copié(s) depuis un support ou un dossier, ou envoyé(s) à ce poste</translation>
        </message>
        <message>
            <source>Cannot list the files of study %1: %2</source>
            <translation>Impossible de lister les fichiers de l’examen %1 : %2</translation>
        </message>
        <message>
            <source>Cannot delete %1: %2</source>
            <translation>Impossible de supprimer %1 : %2</translation>
        </message>
        <message>
            <source>Study %1: %2</source>
            <translation>Examen %1 : %2</translation>
        </message>
        <message>
            <source>%1 file(s) could not be deleted</source>
            <translation>%1 fichier(s) n’ont pas pu être supprimé(s)</translation>
        </message>
        <message>
            <source>Study %1: the eviction could not be audited: %2</source>
            <translation>Examen %1 : l’éviction n’a pas pu être auditée : %2</translation>
        </message>
        <message>
            <source>Cannot read the managed store's studies from the catalog: %1</source>
            <translation>Impossible de lire les examens du stockage géré depuis le catalogue : %1</translation>
        </message>
        <message>
            <source>used %1</source>
            <translation>utilisé le %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>cannot convert the text of %1 to UTF-8: %2</source>
            <translation>impossible de convertir le texte de %1 en UTF-8 : %2</translation>
        </message>
        <message>
            <source>cannot set %1: %2</source>
            <translation>impossible de définir %1 : %2</translation>
        </message>
        <message>
            <source>cannot create %1</source>
            <translation>impossible de créer %1</translation>
        </message>
        <message>
            <source>a referenced image has no Series Instance UID</source>
            <translation>une image référencée n’a pas de Series Instance UID</translation>
        </message>
        <message>
            <source>cannot create ReferencedSeriesSequence</source>
            <translation>impossible de créer ReferencedSeriesSequence</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents::SrDocumentBuilder</name>
        <message>
            <source>the document is not valid for its SR IOD (DCMTK's checks)</source>
            <translation>le document n’est pas valide pour son IOD SR (contrôles de DCMTK)</translation>
        </message>
        <message>
            <source>cannot encode the document: %1</source>
            <translation>impossible d’encoder le document : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents::StructuredReport</name>
        <message>
            <source>frame %1</source>
            <translation>trame %1</translation>
        </message>
        <message>
            <source>%1: see item %2</source>
            <translation>%1 : voir l’élément %2</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>sur %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::AttributeKey</name>
        <message>
            <source>unknown attribute "%1": use a DICOM keyword (Modality), a tag ((0008,0060)) or a derived attribute (modalitiesInStudy, numberOfSeries, numberOfInstances, numberOfFrames, multiFrame, bodyPart, daysBeforeCurrent, orientation)</source>
            <translation>attribut inconnu « %1 » : utilisez un mot-clé DICOM (Modality), une balise ((0008,0060)) ou un attribut dérivé (modalitiesInStudy, numberOfSeries, numberOfInstances, numberOfFrames, multiFrame, bodyPart, daysBeforeCurrent, orientation)</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::HangingProtocolDicomReader</name>
        <message>
            <source>%1: not a readable DICOM file (%2)</source>
            <translation>%1 : fichier DICOM illisible (%2)</translation>
        </message>
        <message>
            <source>%1: not a Hanging Protocol instance (SOP Class UID %2)</source>
            <translation>%1 : pas une instance Hanging Protocol (SOP Class UID %2)</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>%1: the Hanging Protocol has no display sets</source>
            <translation>%1 : le Hanging Protocol n’a aucun display set</translation>
        </message>
        <message>
            <source>%1: cannot be represented as a protocol: %2</source>
            <translation>%1 : ne peut pas être représenté comme protocole : %2</translation>
        </message>
        <message>
            <source>%1 screens: laid out on one</source>
            <translation>%1 écrans : disposés sur un seul</translation>
        </message>
        <message>
            <source>Navigation Indicator Sequence: not shown</source>
            <translation>Navigation Indicator Sequence : non affichée</translation>
        </message>
        <message>
            <source>Source Hanging Protocol Sequence: not kept</source>
            <translation>Source Hanging Protocol Sequence : non conservée</translation>
        </message>
        <message>
            <source>anatomic region (%1, %2, "%3"): no body part for this code</source>
            <translation>région anatomique (%1, %2, « %3 ») : aucune région du corps pour ce code</translation>
        </message>
        <message>
            <source>Anatomic Region Modifier Sequence: not kept</source>
            <translation>Anatomic Region Modifier Sequence : non conservée</translation>
        </message>
        <message>
            <source>Procedure Code Sequence: not kept</source>
            <translation>Procedure Code Sequence : non conservée</translation>
        </message>
        <message>
            <source>Reason for Requested Procedure Code Sequence: not kept</source>
            <translation>Reason for Requested Procedure Code Sequence : non conservée</translation>
        </message>
        <message>
            <source>image set selector without a value: ignored</source>
            <translation>sélecteur d’image set sans valeur : ignoré</translation>
        </message>
        <message>
            <source>image set selector on %1 inside a sequence: ignored</source>
            <translation>sélecteur d’image set sur %1 à l’intérieur d’une séquence : ignoré</translation>
        </message>
        <message>
            <source>image set selector on the private element %1: ignored</source>
            <translation>sélecteur d’image set sur l’élément privé %1 : ignoré</translation>
        </message>
        <message>
            <source>image set selector %1 NO_MATCH %2: a negated regular expression (images without the attribute no longer match)</source>
            <translation>sélecteur d’image set %1 NO_MATCH %2 : une expression régulière niée (les images sans l’attribut ne correspondent plus)</translation>
        </message>
        <message>
            <source>image set %1: priors %2 to %3 shown as prior %2</source>
            <translation>image set %1 : antérieurs %2 à %3 affichés comme antérieur %2</translation>
        </message>
        <message>
            <source>image set %1: the oldest prior is shown as prior %2</source>
            <translation>image set %1 : l’antérieur le plus ancien est affiché comme antérieur %2</translation>
        </message>
        <message>
            <source>image set %1: Abstract Prior Code Sequence not kept</source>
            <translation>image set %1 : Abstract Prior Code Sequence non conservée</translation>
        </message>
        <message>
            <source>image set %1: relative time in %2 converted to days</source>
            <translation>image set %1 : temps relatif en %2 converti en jours</translation>
        </message>
        <message>
            <source>display set %1</source>
            <translation>display set %1</translation>
        </message>
        <message>
            <source>image set %1 is not defined; the current study is shown</source>
            <translation>l’image set %1 n’est pas défini ; l’examen actuel est affiché</translation>
        </message>
        <message>
            <source>%1 image boxes: only the first is used</source>
            <translation>%1 image boxes : seule la première est utilisée</translation>
        </message>
        <message>
            <source>no valid Display Environment Spatial Position: the whole stage</source>
            <translation>pas de Display Environment Spatial Position valide : toute l’étape</translation>
        </message>
        <message>
            <source>cine at %1 x real time: played at the file's own rate</source>
            <translation>ciné à %1 x le temps réel : lu à la cadence propre du fichier</translation>
        </message>
        <message>
            <source>sweeping playback: played as a loop</source>
            <translation>lecture en balayage : lue en boucle</translation>
        </message>
        <message>
            <source>Image Box Layout Type %1: shown as a stack</source>
            <translation>Image Box Layout Type %1 : affiché comme une pile</translation>
        </message>
        <message>
            <source>no image box: the whole stage</source>
            <translation>pas d’image box : toute l’étape</translation>
        </message>
        <message>
            <source>filter by category %1 %2: not kept</source>
            <translation>filtre par catégorie %1 %2 : non conservé</translation>
        </message>
        <message>
            <source>filter on a private or nested element: not kept</source>
            <translation>filtre sur un élément privé ou imbriqué : non conservé</translation>
        </message>
        <message>
            <source>filter %1 GREATER_THAN %2: kept as inclusive</source>
            <translation>filtre %1 GREATER_THAN %2 : conservé comme inclusif</translation>
        </message>
        <message>
            <source>filter %1 LESS_THAN %2: kept as inclusive</source>
            <translation>filtre %1 LESS_THAN %2 : conservé comme inclusif</translation>
        </message>
        <message>
            <source>filter %1 %2 %3: not kept</source>
            <translation>filtre %1 %2 %3 : non conservé</translation>
        </message>
        <message>
            <source>sorting operations: series are shown in their own order</source>
            <translation>opérations de tri : les séries sont affichées dans leur propre ordre</translation>
        </message>
        <message>
            <source>blending %1: not kept</source>
            <translation>fusion %1 : non conservée</translation>
        </message>
        <message>
            <source>3D rendering type %1: volume rendering</source>
            <translation>type de rendu 3D %1 : rendu volumique</translation>
        </message>
        <message>
            <source>reformatting %1: not kept</source>
            <translation>reconstruction %1 : non conservée</translation>
        </message>
        <message>
            <source>VOI Type %1: no window preset of that name</source>
            <translation>VOI Type %1 : aucun préréglage de fenêtre de ce nom</translation>
        </message>
        <message>
            <source>%1 %2: not kept</source>
            <translation>%1 %2 : non conservé</translation>
        </message>
        <message>
            <source>inverted grey scale: not kept</source>
            <translation>échelle de gris inversée : non conservée</translation>
        </message>
        <message>
            <source>synchronized scrolling of display sets %1 across presentation groups: not kept</source>
            <translation>défilement synchronisé des display sets %1 entre groupes de présentation : non conservé</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::HangingProtocolDicomWriter</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>name: the Hanging Protocol Name holds 16 characters ("%1")</source>
            <translation>nom : le Hanging Protocol Name contient 16 caractères (« %1 »)</translation>
        </message>
        <message>
            <source>description: the Hanging Protocol Description holds 64 characters</source>
            <translation>description : la Hanging Protocol Description contient 64 caractères</translation>
        </message>
        <message>
            <source>study rule %1: body part %2 has no anatomic region code</source>
            <translation>règle d’examen %1 : la région du corps %2 n’a pas de code de région anatomique</translation>
        </message>
        <message>
            <source>study rule %1 (weight %2%3)</source>
            <translation>règle d’examen %1 (poids %2%3)</translation>
        </message>
        <message>
            <source>, required</source>
            <translation>, obligatoire</translation>
        </message>
        <message>
            <source>priors: at least %1 of %2, chosen by %3</source>
            <translation>antérieurs : au moins %1 sur %2, choisis par %3</translation>
        </message>
        <message>
            <source>prior rule %1 (weight %2%3)</source>
            <translation>règle d’antérieur %1 (poids %2%3)</translation>
        </message>
        <message>
            <source>stage %1: %2 synchronisation of viewports %3</source>
            <translation>étape %1 : synchronisation %2 des fenêtres %3</translation>
        </message>
        <message>
            <source>stage %1 viewport %2</source>
            <translation>étape %1 fenêtre %2</translation>
        </message>
        <message>
            <source>Viewport %1</source>
            <translation>Fenêtre %1</translation>
        </message>
        <message>
            <source>%1: %2 frames per second (the IOD holds whole numbers)</source>
            <translation>%1 : %2 images par seconde (l’IOD contient des nombres entiers)</translation>
        </message>
        <message>
            <source>%1: cine plays once (the IOD loops or sweeps)</source>
            <translation>%1 : le ciné est lu une fois (l’IOD boucle ou balaie)</translation>
        </message>
        <message>
            <source>%1: cine settings without autoplay</source>
            <translation>%1 : réglages ciné sans lecture automatique</translation>
        </message>
        <message>
            <source>%1: series rule %2 (weight %3%4)</source>
            <translation>%1 : règle de série %2 (poids %3%4)</translation>
        </message>
        <message>
            <source>%1: distinct series</source>
            <translation>%1 : séries distinctes</translation>
        </message>
        <message>
            <source>%1: fallback %2</source>
            <translation>%1 : repli %2</translation>
        </message>
        <message>
            <source>%1: window preset "%2" has no VOI Type</source>
            <translation>%1 : le préréglage de fenêtre « %2 » n’a pas de VOI Type</translation>
        </message>
        <message>
            <source>%1: window center %2 width %3</source>
            <translation>%1 : centre de fenêtre %2 largeur %3</translation>
        </message>
        <message>
            <source>%1: fill scaling</source>
            <translation>%1 : mise à l’échelle de remplissage</translation>
        </message>
        <message>
            <source>%1: zoom %2</source>
            <translation>%1 : zoom %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::MatchResult</name>
        <message>
            <source>No protocol matched.</source>
            <translation>Aucun protocole retenu.</translation>
        </message>
        <message>
            <source>Protocol %1 (%2, %3): score %4, priority %5, %6 rules</source>
            <translation>Protocole %1 (%2, %3) : score %4, priorité %5, %6 règles</translation>
        </message>
        <message>
            <source>  also matched: %1 (score %2, priority %3)</source>
            <translation>  également retenu : %1 (score %2, priorité %3)</translation>
        </message>
        <message>
            <source>  not matched: %1: %2</source>
            <translation>  non retenu : %1 : %2</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(absent)</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>réussie</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>échouée</translation>
        </message>
        <message>
            <source>[required]</source>
            <translation>[obligatoire]</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolLibrary</name>
        <message>
            <source>the id "%1" is already used by %2 in the same folder; this file is ignored</source>
            <translation>l’identifiant « %1 » est déjà utilisé par %2 dans le même dossier ; ce fichier est ignoré</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolMatcher</name>
        <message>
            <source>current study</source>
            <translation>examen actuel</translation>
        </message>
        <message>
            <source>required rule failed on the current study: %1</source>
            <translation>règle obligatoire non satisfaite sur l’examen actuel : %1</translation>
        </message>
        <message>
            <source>needs %1 prior studies (%2) and found %3</source>
            <translation>requiert %1 examens antérieurs (%2) et en a trouvé %3</translation>
        </message>
        <message>
            <source>empty: %1 is not available</source>
            <translation>vide : %1 n’est pas disponible</translation>
        </message>
        <message>
            <source>empty: %1 has no series</source>
            <translation>vide : %1 n’a pas de série</translation>
        </message>
        <message>
            <source>empty: no series of the %1 satisfies the rules and the fallback is %2</source>
            <translation>vide : aucune série de %1 ne satisfait les règles et le repli est %2</translation>
        </message>
        <message>
            <source>%1 by fallback %2: no series satisfied the rules</source>
            <translation>%1 par repli %2 : aucune série ne satisfaisait les règles</translation>
        </message>
        <message>
            <source>%1: the selector has no series rules, first series%2</source>
            <translation>%1 : le sélecteur n’a pas de règles de série, première série%2</translation>
        </message>
        <message>
            <source> in the preferred orientation</source>
            <translation> dans l’orientation préférée</translation>
        </message>
        <message>
            <source>%1 matched %2</source>
            <translation>%1 a retenu %2</translation>
        </message>
        <message>
            <source>, preferred orientation %1</source>
            <translation>, orientation préférée %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolReader</name>
        <message>
            <source>the id "%1" may only hold letters, digits, '.', '_' and '-'</source>
            <translation>l’identifiant « %1 » ne peut contenir que des lettres, des chiffres, « . », « _ » et « - »</translation>
        </message>
        <message>
            <source>a protocol needs at least one stage</source>
            <translation>un protocole requiert au moins une étape</translation>
        </message>
        <message>
            <source>unknown key "%1" (allowed here: %2)</source>
            <translation>clé inconnue « %1 » (autorisées ici : %2)</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 doit être un objet</translation>
        </message>
        <message>
            <source>%1 must be an array</source>
            <translation>%1 doit être un tableau</translation>
        </message>
        <message>
            <source>missing "%1"</source>
            <translation>« %1 » manquant</translation>
        </message>
        <message>
            <source>%1 must be a non-empty string</source>
            <translation>%1 doit être une chaîne non vide</translation>
        </message>
        <message>
            <source>%1 must be a string</source>
            <translation>%1 doit être une chaîne</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3</source>
            <translation>%1 doit être un nombre entier de %2 à %3</translation>
        </message>
        <message>
            <source>%1 must be a number</source>
            <translation>%1 doit être un nombre</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 doit valoir true ou false</translation>
        </message>
        <message>
            <source>%1 must be one of: %2</source>
            <translation>%1 doit être l’un de : %2</translation>
        </message>
        <message>
            <source>unknown constraint "%1" (equals, contains, startsWith, regex, range, exists, notExists)</source>
            <translation>contrainte inconnue « %1 » (equals, contains, startsWith, regex, range, exists, notExists)</translation>
        </message>
        <message>
            <source>a weight cannot be negative</source>
            <translation>un poids ne peut pas être négatif</translation>
        </message>
        <message>
            <source>%1 takes no value</source>
            <translation>%1 n’accepte pas de valeur</translation>
        </message>
        <message>
            <source>range takes "min" and/or "max", not "value"</source>
            <translation>range accepte « min » et/ou « max », pas « value »</translation>
        </message>
        <message>
            <source>range needs "min", "max" or both</source>
            <translation>range requiert « min », « max » ou les deux</translation>
        </message>
        <message>
            <source>range minimum %1 is above its maximum %2</source>
            <translation>le minimum %1 de l’intervalle dépasse son maximum %2</translation>
        </message>
        <message>
            <source>only range takes "min" and "max"</source>
            <translation>seul range accepte « min » et « max »</translation>
        </message>
        <message>
            <source>%1 needs a "value"</source>
            <translation>%1 requiert une « value »</translation>
        </message>
        <message>
            <source>a value must be a string or a number</source>
            <translation>une valeur doit être une chaîne ou un nombre</translation>
        </message>
        <message>
            <source>regex takes one pattern (use | for alternatives)</source>
            <translation>regex accepte un seul motif (utilisez | pour les alternatives)</translation>
        </message>
        <message>
            <source>the list of values is empty</source>
            <translation>la liste de valeurs est vide</translation>
        </message>
        <message>
            <source>invalid regular expression "%1": %2 at offset %3</source>
            <translation>expression régulière invalide « %1 » : %2 à la position %3</translation>
        </message>
        <message>
            <source>priors.minimum (%1) cannot exceed priors.count (%2)</source>
            <translation>priors.minimum (%1) ne peut pas dépasser priors.count (%2)</translation>
        </message>
        <message>
            <source>a layout has rows and columns or rectangles, not both</source>
            <translation>une disposition a des lignes et colonnes ou des rectangles, pas les deux</translation>
        </message>
        <message>
            <source>a free layout needs at least one rectangle</source>
            <translation>une disposition libre requiert au moins un rectangle</translation>
        </message>
        <message>
            <source>the layout has %1 places but %2 viewports are given</source>
            <translation>la disposition a %1 emplacements mais %2 fenêtres sont fournies</translation>
        </message>
        <message>
            <source>sync group viewport %1 does not exist (viewports are numbered from 0 to %2)</source>
            <translation>la fenêtre %1 du groupe de synchronisation n’existe pas (les fenêtres sont numérotées de 0 à %2)</translation>
        </message>
        <message>
            <source>a sync group needs at least two viewports</source>
            <translation>un groupe de synchronisation requiert au moins deux fenêtres</translation>
        </message>
        <message>
            <source>%1 must be a number from 0 to 1</source>
            <translation>%1 doit être un nombre de 0 à 1</translation>
        </message>
        <message>
            <source>the rectangle must have a size and lie inside the stage (0..1)</source>
            <translation>le rectangle doit avoir une taille et se trouver dans l’étape (0..1)</translation>
        </message>
        <message>
            <source>a window is a preset or center and width, not both</source>
            <translation>une fenêtre est un préréglage ou un centre et une largeur, pas les deux</translation>
        </message>
        <message>
            <source>a window needs a preset, or both center and width</source>
            <translation>une fenêtre requiert un préréglage, ou un centre et une largeur</translation>
        </message>
        <message>
            <source>the window width must be at least 1</source>
            <translation>la largeur de fenêtre doit être d’au moins 1</translation>
        </message>
        <message>
            <source>zoom must be above 0 and at most 64</source>
            <translation>le zoom doit être supérieur à 0 et au plus 64</translation>
        </message>
        <message>
            <source>framesPerSecond must be above 0 and at most 1000</source>
            <translation>framesPerSecond doit être supérieur à 0 et au plus 1000</translation>
        </message>
        <message>
            <source>"%1" needs priors.count of at least %2 (it is %3)</source>
            <translation>« %1 » requiert priors.count d’au moins %2 (il vaut %3)</translation>
        </message>
        <message>
            <source>study must be "current" or "prior N" (N from 1)</source>
            <translation>study doit valoir « current » ou « prior N » (N à partir de 1)</translation>
        </message>
        <message>
            <source>preferredOrientation must be axial, coronal or sagittal</source>
            <translation>preferredOrientation doit valoir axial, coronal ou sagittal</translation>
        </message>
        <message>
            <source>an mpr reconstruction needs a preferredOrientation to reformat to</source>
            <translation>une reconstruction mpr requiert une preferredOrientation vers laquelle reconstruire</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>JSON invalide : %1</translation>
        </message>
        <message>
            <source>a protocol file holds one JSON object</source>
            <translation>un fichier de protocole contient un seul objet JSON</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>impossible de lire le fichier : %1</translation>
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
            <translation>mm (au détecteur)</translation>
        </message>
        <message>
            <source>mm (US region)</source>
            <translation>mm (région échographique)</translation>
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
            <translation>mm² (au détecteur)</translation>
        </message>
        <message>
            <source>mm² (US region)</source>
            <translation>mm² (région échographique)</translation>
        </message>
        <message>
            <source>px²</source>
            <translation>px²</translation>
        </message>
        <message>
            <source>Lengths in mm from Pixel Spacing</source>
            <translation>Longueurs en mm d’après Pixel Spacing</translation>
        </message>
        <message>
            <source>Lengths in mm at the detector (Imager Pixel Spacing), not in the patient</source>
            <translation>Longueurs en mm au détecteur (Imager Pixel Spacing), pas dans le patient</translation>
        </message>
        <message>
            <source>Lengths in mm from the ultrasound region calibration</source>
            <translation>Longueurs en mm d’après l’étalonnage de la région échographique</translation>
        </message>
        <message>
            <source>No pixel spacing: lengths in pixels</source>
            <translation>Pas d’espacement des pixels : longueurs en pixels</translation>
        </message>
    </context>
    <context>
        <name>continuum::measure::FrameMeasurer</name>
        <message>
            <source>the PET attributes could not be read</source>
            <translation>les attributs TEP n’ont pas pu être lus</translation>
        </message>
        <message>
            <source>Area %1 %2</source>
            <translation>Surface %1 %2</translation>
        </message>
        <message>
            <source>colour image: no pixel values</source>
            <translation>image couleur : pas de valeurs de pixels</translation>
        </message>
        <message>
            <source>No pixel inside</source>
            <translation>Aucun pixel à l’intérieur</translation>
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
            <translation>Moyenne %1  ET %2%3</translation>
        </message>
        <message>
            <source>Min %1  Max %2</source>
            <translation>Min %1  Max %2</translation>
        </message>
        <message>
            <source>SUVbw mean %1  max %2</source>
            <translation>SUVbw moyenne %1  max %2</translation>
        </message>
        <message>
            <source>No SUV: %1</source>
            <translation>Pas de SUV : %1</translation>
        </message>
        <message>
            <source>Cobb %1°</source>
            <translation>Cobb %1°</translation>
        </message>
        <message>
            <source>A freehand ROI needs three points</source>
            <translation>Une ROI à main levée requiert trois points</translation>
        </message>
        <message>
            <source>outside the image</source>
            <translation>en dehors de l’image</translation>
        </message>
        <message>
            <source>colour image: no value</source>
            <translation>image couleur : pas de valeur</translation>
        </message>
        <message>
            <source>padding</source>
            <translation>remplissage</translation>
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
            <translation>Corrected Image (0028,0051) ne contient pas ATTN : pas de correction d’atténuation</translation>
        </message>
        <message>
            <source>Corrected Image (0028,0051) does not include DECY: not decay corrected</source>
            <translation>Corrected Image (0028,0051) ne contient pas DECY : pas de correction de décroissance</translation>
        </message>
        <message>
            <source>Decay Correction (0054,1102) is missing</source>
            <translation>Decay Correction (0054,1102) est absent</translation>
        </message>
        <message>
            <source>Decay Correction is %1, not START</source>
            <translation>Decay Correction vaut %1, pas START</translation>
        </message>
        <message>
            <source>Units (0054,1001) are missing</source>
            <translation>Units (0054,1001) est absent</translation>
        </message>
        <message>
            <source>Units are %1, not BQML</source>
            <translation>Units vaut %1, pas BQML</translation>
        </message>
        <message>
            <source>Series Date/Time is missing or unreadable</source>
            <translation>Series Date/Time est absent ou illisible</translation>
        </message>
        <message>
            <source>Acquisition Date/Time is missing or unreadable</source>
            <translation>Acquisition Date/Time est absent ou illisible</translation>
        </message>
        <message>
            <source>Series Time is after the Acquisition Time (a post-processed series?) and there is no GE private scan time: the scan start is unknown</source>
            <translation>Series Time est postérieur à Acquisition Time (série post-traitée ?) et il n’y a pas d’heure d’acquisition privée GE : le début de l’acquisition est inconnu</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start DateTime is unreadable</source>
            <translation>Radiopharmaceutical Start DateTime est illisible</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start Time is missing</source>
            <translation>Radiopharmaceutical Start Time est absent</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start Time is unreadable</source>
            <translation>Radiopharmaceutical Start Time est illisible</translation>
        </message>
        <message>
            <source>The injection time is after the scan start</source>
            <translation>L’heure d’injection est postérieure au début de l’acquisition</translation>
        </message>
        <message>
            <source>Radionuclide Half Life is missing or not positive</source>
            <translation>Radionuclide Half Life est absent ou non positif</translation>
        </message>
        <message>
            <source>Radionuclide Total Dose is missing or not positive</source>
            <translation>Radionuclide Total Dose est absent ou non positif</translation>
        </message>
        <message>
            <source>Patient's Weight is missing or not positive</source>
            <translation>Patient’s Weight est absent ou non positif</translation>
        </message>
    </context>
    <context>
        <name>continuum::measure::ValueUnits</name>
        <message>
            <source>counts</source>
            <translation>coups</translation>
        </message>
        <message>
            <source>counts/s</source>
            <translation>coups/s</translation>
        </message>
        <message>
            <source>proportional to counts</source>
            <translation>proportionnel aux coups</translation>
        </message>
        <message>
            <source>proportional to counts/s</source>
            <translation>proportionnel aux coups/s</translation>
        </message>
        <message>
            <source>rescaled value</source>
            <translation>valeur remise à l’échelle</translation>
        </message>
        <message>
            <source>stored value</source>
            <translation>valeur stockée</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>couleur</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::Lesion</name>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Non-target</source>
            <translation>Non cible</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>present</source>
            <translation>présente</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absente</translation>
        </message>
        <message>
            <source>unequivocal progression</source>
            <translation>progression sans équivoque</translation>
        </message>
        <message>
            <source>too small to measure</source>
            <translation>trop petite pour être mesurée</translation>
        </message>
        <message>
            <source>not evaluable</source>
            <translation>non évaluable</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::LesionTable</name>
        <message>
            <source>Lesion</source>
            <translation>Lésion</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Organ</source>
            <translation>Organe</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Ganglion</translation>
        </message>
        <message>
            <source>not recorded at this timepoint</source>
            <translation>non enregistrée à ce temps d’examen</translation>
        </message>
        <message>
            <source>present (%1 mm)</source>
            <translation>présente (%1 mm)</translation>
        </message>
        <message>
            <source>counts %1 mm (%2)</source>
            <translation>compte %1 mm (%2)</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>non datée</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>examen de référence</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>suivi %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Sum of diameters</source>
            <translation>Somme des diamètres</translation>
        </message>
        <message>
            <source>Change from baseline</source>
            <translation>Variation depuis la référence</translation>
        </message>
        <message>
            <source>Change from nadir</source>
            <translation>Variation depuis le nadir</translation>
        </message>
        <message>
            <source>Target response</source>
            <translation>Réponse des cibles</translation>
        </message>
        <message>
            <source>Non-target response</source>
            <translation>Réponse des non-cibles</translation>
        </message>
        <message>
            <source>New lesions</source>
            <translation>Nouvelles lésions</translation>
        </message>
        <message>
            <source>Overall response</source>
            <translation>Réponse globale</translation>
        </message>
        <message>
            <source>some targets are not evaluable: the sum is partial</source>
            <translation>certaines cibles ne sont pas évaluables : la somme est partielle</translation>
        </message>
        <message>
            <source>nadir %1 mm</source>
            <translation>nadir %1 mm</translation>
        </message>
        <message>
            <source>yes: %1</source>
            <translation>oui : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::RecistEvaluator</name>
        <message>
            <source>no non-target lesions</source>
            <translation>aucune lésion non cible</translation>
        </message>
        <message>
            <source>unequivocal progression of %1</source>
            <translation>progression sans équivoque de %1</translation>
        </message>
        <message>
            <source>not all evaluated: %1</source>
            <translation>non toutes évaluées : %1</translation>
        </message>
        <message>
            <source>all non-target lesions gone, nodes under 10 mm short axis</source>
            <translation>toutes les lésions non cibles ont disparu, ganglions sous 10 mm de petit axe</translation>
        </message>
        <message>
            <source>persisting: %1</source>
            <translation>persistantes : %1</translation>
        </message>
        <message>
            <source>targets %1, non-targets %2, %3</source>
            <translation>cibles %1, non cibles %2, %3</translation>
        </message>
        <message>
            <source>new lesions</source>
            <translation>nouvelles lésions</translation>
        </message>
        <message>
            <source>no new lesions</source>
            <translation>pas de nouvelles lésions</translation>
        </message>
        <message>
            <source>new lesion %1 (%2)</source>
            <translation>nouvelle lésion %1 (%2)</translation>
        </message>
        <message>
            <source>target lesions progressed (%1)</source>
            <translation>progression des lésions cibles (%1)</translation>
        </message>
        <message>
            <source>non-target lesions progressed unequivocally (%1)</source>
            <translation>progression sans équivoque des lésions non cibles (%1)</translation>
        </message>
        <message>
            <source>Table 2: %1</source>
            <translation>Tableau 2 : %1</translation>
        </message>
        <message>
            <source>no target or non-target lesions were recorded at baseline</source>
            <translation>aucune lésion cible ni non cible n’a été enregistrée à l’examen de référence</translation>
        </message>
        <message>
            <source>Table 1: %1</source>
            <translation>Tableau 1 : %1</translation>
        </message>
        <message>
            <source>Table 1: %1 (non-target disease remains or was not evaluated)</source>
            <translation>Tableau 1 : %1 (une maladie non cible persiste ou n’a pas été évaluée)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>non mesurée</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absente</translation>
        </message>
        <message>
            <source>too small to measure (5 mm)</source>
            <translation>trop petite pour être mesurée (5 mm)</translation>
        </message>
        <message>
            <source>not evaluable</source>
            <translation>non évaluable</translation>
        </message>
        <message>
            <source>assessed as unequivocal progression, which is for non-targets: not evaluable</source>
            <translation>évaluée comme progression sans équivoque, qui concerne les non-cibles : non évaluable</translation>
        </message>
        <message>
            <source>short axis (node)</source>
            <translation>petit axe (ganglion)</translation>
        </message>
        <message>
            <source>node without a short axis: not evaluable</source>
            <translation>ganglion sans petit axe : non évaluable</translation>
        </message>
        <message>
            <source>long axis</source>
            <translation>grand axe</translation>
        </message>
        <message>
            <source>no long axis: not evaluable</source>
            <translation>pas de grand axe : non évaluable</translation>
        </message>
        <message>
            <source>no timepoints: the baseline is unknown</source>
            <translation>aucun temps d’examen : la référence est inconnue</translation>
        </message>
        <message>
            <source>%1: observed on study %2, which is not one of the timepoints</source>
            <translation>%1 : observée sur l’examen %2, qui n’est pas l’un des temps d’examen</translation>
        </message>
        <message>
            <source>%1: a target lesion needs its organ (at most 2 targets per organ)</source>
            <translation>%1 : une lésion cible requiert son organe (au plus 2 cibles par organe)</translation>
        </message>
        <message>
            <source>%1: a target lesion must be measured at baseline</source>
            <translation>%1 : une lésion cible doit être mesurée à l’examen de référence</translation>
        </message>
        <message>
            <source>%1: a nodal target needs its short axis at baseline</source>
            <translation>%1 : une cible ganglionnaire requiert son petit axe à l’examen de référence</translation>
        </message>
        <message>
            <source>%1: node short axis %2 at baseline is under 15 mm: not measurable, record it as non-target</source>
            <translation>%1 : le petit axe ganglionnaire de %2 à la référence est inférieur à 15 mm : non mesurable, enregistrez-le comme non cible</translation>
        </message>
        <message>
            <source>%1: a target lesion needs its long axis at baseline</source>
            <translation>%1 : une lésion cible requiert son grand axe à l’examen de référence</translation>
        </message>
        <message>
            <source>%1: long axis %2 at baseline is under 10 mm: not measurable, record it as non-target</source>
            <translation>%1 : le grand axe de %2 à la référence est inférieur à 10 mm : non mesurable, enregistrez-la comme non cible</translation>
        </message>
        <message>
            <source>%1: "unequivocal progression" applies to non-target lesions; a target is measured</source>
            <translation>%1 : « progression sans équivoque » s’applique aux lésions non cibles ; une cible se mesure</translation>
        </message>
        <message>
            <source>%1: a non-target lesion must be recorded at baseline</source>
            <translation>%1 : une lésion non cible doit être enregistrée à l’examen de référence</translation>
        </message>
        <message>
            <source>%1: seen at baseline, so it is not a new lesion</source>
            <translation>%1 : vue à l’examen de référence, ce n’est donc pas une nouvelle lésion</translation>
        </message>
        <message>
            <source>%1 target lesions: RECIST 1.1 allows at most 5</source>
            <translation>%1 lésions cibles : RECIST 1.1 en autorise au plus 5</translation>
        </message>
        <message>
            <source>%1 target lesions in %2 (%3): at most 2 per organ</source>
            <translation>%1 lésions cibles dans %2 (%3) : au plus 2 par organe</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>examen de référence</translation>
        </message>
        <message>
            <source>baseline (no target lesions)</source>
            <translation>référence (aucune lésion cible)</translation>
        </message>
        <message>
            <source>baseline, sum of diameters %1</source>
            <translation>référence, somme des diamètres %1</translation>
        </message>
        <message>
            <source>no target lesions</source>
            <translation>aucune lésion cible</translation>
        </message>
        <message>
            <source>the baseline sum is incomplete</source>
            <translation>la somme de référence est incomplète</translation>
        </message>
        <message>
            <source>sum %1, nadir %2: %3</source>
            <translation>somme %1, nadir %2 : %3</translation>
        </message>
        <message>
            <source>%1 without the not evaluable %2: at least 20% and 5 mm over the nadir already</source>
            <translation>%1 sans les %2 non évaluables : déjà au moins 20 % et 5 mm au-dessus du nadir</translation>
        </message>
        <message>
            <source>not evaluable: %1</source>
            <translation>non évaluable : %1</translation>
        </message>
        <message>
            <source>all non-nodal targets gone and every nodal target under 10 mm short axis (sum %1)</source>
            <translation>toutes les cibles non ganglionnaires ont disparu et chaque cible ganglionnaire est sous 10 mm de petit axe (somme %1)</translation>
        </message>
        <message>
            <source>%1: at least 20% and 5 mm over the nadir</source>
            <translation>%1 : au moins 20 % et 5 mm au-dessus du nadir</translation>
        </message>
        <message>
            <source>sum %1 is %2 from the baseline %3: at least 30% smaller</source>
            <translation>la somme %1 est à %2 de la référence %3 : au moins 30 % plus petite</translation>
        </message>
        <message>
            <source>%1 from baseline (PR needs -30%)</source>
            <translation>%1 par rapport à la référence (la RP requiert -30 %)</translation>
        </message>
        <message>
            <source>; %1: at least 20% but under 5 mm, not PD</source>
            <translation> ; %1 : au moins 20 % mais moins de 5 mm, pas de MP</translation>
        </message>
        <message>
            <source>; %1 (PD needs +20% and +5 mm)</source>
            <translation> ; %1 (la MP requiert +20 % et +5 mm)</translation>
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
            <translation>description de l’examen</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>series descriptions</source>
            <translation>descriptions des séries</translation>
        </message>
        <message>
            <source>the current study %1 is not among the patient's studies</source>
            <translation>l’examen actuel %1 ne fait pas partie des examens du patient</translation>
        </message>
        <message>
            <source>no dated study with images</source>
            <translation>aucun examen daté comportant des images</translation>
        </message>
        <message>
            <source>current study %1: %2, regions %3 (from %4)</source>
            <translation>examen actuel %1 : %2, régions %3 (d’après %4)</translation>
        </message>
        <message>
            <source>%1 left out: another patient (ID or issuer differs)</source>
            <translation>%1 écarté : autre patient (identifiant ou émetteur différent)</translation>
        </message>
        <message>
            <source>%1 left out: not dated before the current study</source>
            <translation>%1 écarté : non daté avant l’examen actuel</translation>
        </message>
        <message>
            <source>%1 left out: no %2 images</source>
            <translation>%1 écarté : pas d’images %2</translation>
        </message>
        <message>
            <source>%1 left out: body region %2, current %3</source>
            <translation>%1 écarté : région anatomique %2, actuelle %3</translation>
        </message>
        <message>
            <source>%1 %2 (%3) left out: only the %4 most recent priors are compared</source>
            <translation>%1 %2 (%3) écarté : seuls les %4 antérieurs les plus récents sont comparés</translation>
        </message>
        <message>
            <source>study %1 is not in the catalog</source>
            <translation>l’examen %1 n’est pas dans le catalogue</translation>
        </message>
        <message>
            <source>%1 left out: at most %2 priors</source>
            <translation>%1 écarté : au plus %2 antérieurs</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::AlignmentPolicy</name>
        <message>
            <source>the registration of frame %1 is %2, only RIGID is supported</source>
            <translation>le recalage du référentiel %1 est %2, seul RIGID est pris en charge</translation>
        </message>
        <message>
            <source>the matrix of frame %1 is declared RIGID but is not a rotation and translation</source>
            <translation>la matrice du référentiel %1 est déclarée RIGID mais n’est pas une rotation et une translation</translation>
        </message>
        <message>
            <source>it does not cover frame %1</source>
            <translation>il ne couvre pas le référentiel %1</translation>
        </message>
        <message>
            <source>a series has no frame of reference UID: treated as unregistered</source>
            <translation>une série n’a pas de Frame of Reference UID : traitée comme non recalée</translation>
        </message>
        <message>
            <source>same frame of reference within one study</source>
            <translation>même référentiel au sein d’un même examen</translation>
        </message>
        <message>
            <source>same frame of reference UID on studies of different dates: treated as unregistered</source>
            <translation>même Frame of Reference UID sur des examens de dates différentes : traités comme non recalés</translation>
        </message>
        <message>
            <source>related by the Spatial Registration object %1</source>
            <translation>reliés par l’objet Spatial Registration %1</translation>
        </message>
        <message>
            <source>Spatial Registration object %1 not used: %2</source>
            <translation>objet Spatial Registration %1 non utilisé : %2</translation>
        </message>
        <message>
            <source>different frames of reference and no Spatial Registration object relates them</source>
            <translation>référentiels différents et aucun objet Spatial Registration ne les relie</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::PatientVolume</name>
        <message>
            <source>The series is not one regular volume</source>
            <translation>La série n’est pas un volume régulier unique</translation>
        </message>
        <message>
            <source>Only greyscale volumes can be registered.</source>
            <translation>Seuls les volumes en niveaux de gris peuvent être recalés.</translation>
        </message>
        <message>
            <source>The series has no usable pixel or slice spacing.</source>
            <translation>La série n’a pas d’espacement de pixels ou de coupes exploitable.</translation>
        </message>
        <message>
            <source>Slice %1 could not be decoded: %2</source>
            <translation>La coupe %1 n’a pas pu être décodée : %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::RigidRegistration</name>
        <message>
            <source>Both volumes must hold voxels.</source>
            <translation>Les deux volumes doivent contenir des voxels.</translation>
        </message>
        <message>
            <source>Every resolution level needs a shrink factor and a smoothing sigma.</source>
            <translation>Chaque niveau de résolution requiert un facteur de réduction et un sigma de lissage.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Registration failed: %1</source>
            <translation>Échec du recalage : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::RigidTransform</name>
        <message>
            <source>not a rigid transform document (format is not "continuum-rigid-transform")</source>
            <translation>pas un document de transformation rigide (le format n’est pas « continuum-rigid-transform »)</translation>
        </message>
        <message>
            <source>unsupported rigid transform version %1</source>
            <translation>version de transformation rigide %1 non prise en charge</translation>
        </message>
        <message>
            <source>the matrix needs 16 numbers, found %1</source>
            <translation>la matrice requiert 16 nombres, %1 trouvés</translation>
        </message>
        <message>
            <source>matrix value %1 is not a number</source>
            <translation>la valeur de matrice %1 n’est pas un nombre</translation>
        </message>
        <message>
            <source>the matrix is not a rigid transform (rotation and translation only)</source>
            <translation>la matrice n’est pas une transformation rigide (rotation et translation uniquement)</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::SpatialRegistrationReader</name>
        <message>
            <source>%1 is not a readable DICOM file.</source>
            <translation>%1 n’est pas un fichier DICOM lisible.</translation>
        </message>
        <message>
            <source>%1 is not a Spatial Registration object.</source>
            <translation>%1 n’est pas un objet Spatial Registration.</translation>
        </message>
        <message>
            <source>The Spatial Registration object has no Registration Sequence.</source>
            <translation>L’objet Spatial Registration n’a pas de Registration Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Frame of Reference UID.</source>
            <translation>L’élément de recalage %1 n’a pas de Frame of Reference UID.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Matrix Registration Sequence.</source>
            <translation>L’élément de recalage %1 n’a pas de Matrix Registration Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Matrix Sequence.</source>
            <translation>L’élément de recalage %1 n’a pas de Matrix Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has a transformation matrix without 16 numbers.</source>
            <translation>L’élément de recalage %1 a une matrice de transformation qui ne compte pas 16 nombres.</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::SpatialRegistrationWriter</name>
        <message>
            <source>Both series need a Frame of Reference UID to be registered in DICOM.</source>
            <translation>Les deux séries requièrent un Frame of Reference UID pour être recalées en DICOM.</translation>
        </message>
        <message>
            <source>The two series share one Frame of Reference UID: a Spatial Registration object cannot tell them apart.</source>
            <translation>Les deux séries partagent un même Frame of Reference UID : un objet Spatial Registration ne peut pas les distinguer.</translation>
        </message>
        <message>
            <source>The content label must be 1 to 16 characters of A-Z, 0-9, underscore and space.</source>
            <translation>Le libellé du contenu doit compter de 1 à 16 caractères parmi A-Z, 0-9, soulignement et espace.</translation>
        </message>
        <message>
            <source>The fixed series has no Study Instance UID.</source>
            <translation>La série fixe n’a pas de Study Instance UID.</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote</name>
        <message>
            <source>%1 is a DICOMweb node, not a DIMSE node</source>
            <translation>%1 est un nœud DICOMweb, pas un nœud DIMSE</translation>
        </message>
        <message>
            <source>cannot prepare %1: %2</source>
            <translation>impossible de préparer %1 : %2</translation>
        </message>
        <message>
            <source>cannot use TLS with %1: %2</source>
            <translation>impossible d’utiliser TLS avec %1 : %2</translation>
        </message>
        <message>
            <source>C-ECHO</source>
            <translation>C-ECHO</translation>
        </message>
        <message>
            <source>C-ECHO to %1 succeeded (%2 ms, calling AE %3)</source>
            <translation>C-ECHO vers %1 réussi (%2 ms, AE appelant %3)</translation>
        </message>
        <message>
            <source>the query</source>
            <translation>la requête</translation>
        </message>
        <message>
            <source>a series query needs the study instance UID</source>
            <translation>une requête de séries requiert le Study Instance UID</translation>
        </message>
        <message>
            <source>an image query needs the study and series instance UIDs</source>
            <translation>une requête d’images requiert les Study et Series Instance UID</translation>
        </message>
        <message>
            <source>query cancelled after %1 matches</source>
            <translation>requête annulée après %1 résultats</translation>
        </message>
        <message>
            <source>%1 refused the query: %2</source>
            <translation>%1 a refusé la requête : %2</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 résultats</translation>
        </message>
        <message>
            <source>the C-MOVE retrieve</source>
            <translation>la récupération C-MOVE</translation>
        </message>
        <message>
            <source>the C-GET retrieve</source>
            <translation>la récupération C-GET</translation>
        </message>
        <message>
            <source>a retrieve needs a study instance UID and a destination folder</source>
            <translation>une récupération requiert un Study Instance UID et un dossier de destination</translation>
        </message>
        <message>
            <source>a retrieve of single instances needs their series instance UID</source>
            <translation>une récupération d’instances isolées requiert leur Series Instance UID</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>impossible de créer le dossier %1</translation>
        </message>
        <message>
            <source>retrieve cancelled before it started</source>
            <translation>récupération annulée avant son démarrage</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>impossible d’écrire dans %1 : %2</translation>
        </message>
        <message>
            <source>%1 of %2 instances</source>
            <translation>%1 instances sur %2</translation>
        </message>
        <message>
            <source>%1 instances</source>
            <translation>%1 instances</translation>
        </message>
        <message>
            <source>retrieve cancelled after %1</source>
            <translation>récupération annulée après %1</translation>
        </message>
        <message>
            <source>%1 received instances could not be stored: %2</source>
            <translation>%1 instances reçues n’ont pas pu être stockées : %2</translation>
        </message>
        <message>
            <source>%1 cancelled the retrieve after %2</source>
            <translation>%1 a annulé la récupération après %2</translation>
        </message>
        <message>
            <source>%1 has no instances of %2 %3</source>
            <translation>%1 n’a aucune instance de %2 %3</translation>
        </message>
        <message>
            <source>study</source>
            <translation>l’examen</translation>
        </message>
        <message>
            <source>series</source>
            <translation>la série</translation>
        </message>
        <message>
            <source>%1 could not send everything (%2 failed, %3 received): %4</source>
            <translation>%1 n’a pas pu tout envoyer (%2 en échec, %3 reçues) : %4</translation>
        </message>
        <message>
            <source>retrieved %1 into %2</source>
            <translation>%1 récupérées dans %2</translation>
        </message>
        <message>
            <source>the send</source>
            <translation>l’envoi</translation>
        </message>
        <message>
            <source>%1: not a DICOM Part 10 file with a SOP class and transfer syntax%2</source>
            <translation>%1 : pas un fichier DICOM Part 10 avec une SOP class et une syntaxe de transfert%2</translation>
        </message>
        <message>
            <source>%1: %2 does not accept SOP class %3 in transfer syntax %4</source>
            <translation>%1 : %2 n’accepte pas la SOP class %3 dans la syntaxe de transfert %4</translation>
        </message>
        <message>
            <source>%1: refused by %2: %3</source>
            <translation>%1 : refusé par %2 : %3</translation>
        </message>
        <message>
            <source>send cancelled after %1 of %2 files</source>
            <translation>envoi annulé après %1 fichiers sur %2</translation>
        </message>
        <message>
            <source>%1 of %2 files were not stored on %3</source>
            <translation>%1 fichiers sur %2 n’ont pas été stockés sur %3</translation>
        </message>
        <message>
            <source>sent %1 files to %2</source>
            <translation>%1 fichiers envoyés à %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::CredentialStore</name>
        <message>
            <source>the desktop keyring</source>
            <translation>le trousseau du bureau</translation>
        </message>
        <message>
            <source>memory only, until the program ends (no desktop keyring: %1)</source>
            <translation>en mémoire seulement, jusqu’à la fin du programme (pas de trousseau du bureau : %1)</translation>
        </message>
        <message>
            <source>saved in the desktop keyring</source>
            <translation>enregistré dans le trousseau du bureau</translation>
        </message>
        <message>
            <source>the desktop keyring did not save it (%1); kept in memory until the program ends</source>
            <translation>le trousseau du bureau ne l’a pas enregistré (%1) ; conservé en mémoire jusqu’à la fin du programme</translation>
        </message>
        <message>
            <source>kept in memory only, until the program ends (no desktop keyring)</source>
            <translation>conservé en mémoire seulement, jusqu’à la fin du programme (pas de trousseau du bureau)</translation>
        </message>
        <message>
            <source>the desktop keyring did not delete it: %1</source>
            <translation>le trousseau du bureau ne l’a pas supprimé : %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::DicomWebClient</name>
        <message>
            <source>out of resources</source>
            <translation>ressources épuisées</translation>
        </message>
        <message>
            <source>the data set does not match the SOP class</source>
            <translation>le jeu de données ne correspond pas à la SOP class</translation>
        </message>
        <message>
            <source>cannot understand the data set</source>
            <translation>impossible de comprendre le jeu de données</translation>
        </message>
        <message>
            <source>processing failure</source>
            <translation>échec du traitement</translation>
        </message>
        <message>
            <source>SOP class not supported</source>
            <translation>SOP class non prise en charge</translation>
        </message>
        <message>
            <source>not authorized</source>
            <translation>non autorisé</translation>
        </message>
        <message>
            <source>failure</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>%1 answered, but not with DICOM JSON: is this the DICOMweb base url?</source>
            <translation>%1 a répondu, mais pas en DICOM JSON : est-ce bien l’URL de base DICOMweb ?</translation>
        </message>
        <message>
            <source>QIDO-RS search on %1 succeeded (%2 ms)</source>
            <translation>Recherche QIDO-RS sur %1 réussie (%2 ms)</translation>
        </message>
        <message>
            <source>"%1" is not a DICOM UID</source>
            <translation>« %1 » n’est pas un UID DICOM</translation>
        </message>
        <message>
            <source>%1 did not answer the search with DICOM JSON</source>
            <translation>%1 n’a pas répondu à la recherche en DICOM JSON</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 résultats</translation>
        </message>
        <message>
            <source>listing instances needs the study and series instance UIDs</source>
            <translation>lister les instances requiert les Study et Series Instance UID</translation>
        </message>
        <message>
            <source>%1 instances</source>
            <translation>%1 instances</translation>
        </message>
        <message>
            <source>a retrieve needs a study instance UID and a destination folder</source>
            <translation>une récupération requiert un Study Instance UID et un dossier de destination</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>impossible de créer le dossier %1</translation>
        </message>
        <message>
            <source>a retrieve of single instances needs their series and valid SOP instance UIDs</source>
            <translation>une récupération d’instances isolées requiert leur Series Instance UID et des SOP Instance UID valides</translation>
        </message>
        <message>
            <source>%1 has no instances of %2 %3</source>
            <translation>%1 n’a aucune instance de %2 %3</translation>
        </message>
        <message>
            <source>study</source>
            <translation>l’examen</translation>
        </message>
        <message>
            <source>series</source>
            <translation>la série</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>impossible d’écrire dans %1 : %2</translation>
        </message>
        <message>
            <source>%1 did not answer with multipart DICOM (Content-Type "%2")</source>
            <translation>%1 n’a pas répondu en DICOM multipart (Content-Type « %2 »)</translation>
        </message>
        <message>
            <source>%1 of %2 instances</source>
            <translation>%1 instances sur %2</translation>
        </message>
        <message>
            <source>retrieve cancelled after %1</source>
            <translation>récupération annulée après %1</translation>
        </message>
        <message>
            <source>the answer of %1 is not valid multipart: %2</source>
            <translation>la réponse de %1 n’est pas un multipart valide : %2</translation>
        </message>
        <message>
            <source>%1 (%2 received)</source>
            <translation>%1 (%2 reçus)</translation>
        </message>
        <message>
            <source>%1 sent an empty answer</source>
            <translation>%1 a envoyé une réponse vide</translation>
        </message>
        <message>
            <source>the answer of %1 was cut short: %2</source>
            <translation>la réponse de %1 a été interrompue : %2</translation>
        </message>
        <message>
            <source>%1 received instances could not be stored: %2</source>
            <translation>%1 instances reçues n’ont pas pu être stockées : %2</translation>
        </message>
        <message>
            <source>%1 sent %2 parts that are not DICOM Part 10 files (parts %3)</source>
            <translation>%1 a envoyé %2 parties qui ne sont pas des fichiers DICOM Part 10 (parties %3)</translation>
        </message>
        <message>
            <source>retrieved %1 into %2</source>
            <translation>%1 récupérées dans %2</translation>
        </message>
        <message>
            <source>%1: not a DICOM Part 10 file with a SOP class and transfer syntax</source>
            <translation>%1 : pas un fichier DICOM Part 10 avec une SOP class et une syntaxe de transfert</translation>
        </message>
        <message>
            <source>send cancelled after %1 of %2 files</source>
            <translation>envoi annulé après %1 fichiers sur %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: refused by %2: %3 (0x%4)</source>
            <translation>%1 : refusé par %2 : %3 (0x%4)</translation>
        </message>
        <message>
            <source>%1: not stored by %2 (%3)</source>
            <translation>%1 : non stocké par %2 (%3)</translation>
        </message>
        <message>
            <source>not in the answer</source>
            <translation>absent de la réponse</translation>
        </message>
        <message>
            <source>%1 of %2 files were not stored on %3</source>
            <translation>%1 fichiers sur %2 n’ont pas été stockés sur %3</translation>
        </message>
        <message>
            <source>sent %1 files to %2</source>
            <translation>%1 fichiers envoyés à %2</translation>
        </message>
        <message>
            <source>%1 is a DIMSE node, not a DICOMweb node</source>
            <translation>%1 est un nœud DIMSE, pas un nœud DICOMweb</translation>
        </message>
        <message>
            <source>the url of node "%1" is not an http:// or https:// address</source>
            <translation>l’url du nœud « %1 » n’est pas une adresse http:// ou https://</translation>
        </message>
        <message>
            <source>the url of node "%1" contains a password: give the user as "user" and the password through the keyring or the command line</source>
            <translation>l’url du nœud « %1 » contient un mot de passe : indiquez l’utilisateur dans « user » et le mot de passe via le trousseau ou la ligne de commande</translation>
        </message>
        <message>
            <source>node "%1" uses basic authentication but no password was given</source>
            <translation>le nœud « %1 » utilise l’authentification basique mais aucun mot de passe n’a été fourni</translation>
        </message>
        <message>
            <source>node "%1" uses bearer authentication but no token was given</source>
            <translation>le nœud « %1 » utilise l’authentification Bearer mais aucun jeton n’a été fourni</translation>
        </message>
        <message>
            <source>no PEM certificate could be read from %1 ("caCertificates" of node "%2")</source>
            <translation>aucun certificat PEM n’a pu être lu depuis %1 (« caCertificates » du nœud « %2 »)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s</source>
            <translation>%1 n’a pas répondu en %2 s</translation>
        </message>
        <message>
            <source>the TLS certificate of %1 was refused: %2</source>
            <translation>le certificat TLS de %1 a été refusé : %2</translation>
        </message>
        <message>
            <source>%1 refused the credentials of user "%2" (HTTP 401): check the user name and password</source>
            <translation>%1 a refusé les identifiants de l’utilisateur « %2 » (HTTP 401) : vérifiez le nom d’utilisateur et le mot de passe</translation>
        </message>
        <message>
            <source>%1 refused the token (HTTP 401): it may have expired</source>
            <translation>%1 a refusé le jeton (HTTP 401) : il a peut-être expiré</translation>
        </message>
        <message>
            <source>%1 asks for credentials (HTTP 401): set "authentication" for node "%2"</source>
            <translation>%1 demande des identifiants (HTTP 401) : définissez « authentication » pour le nœud « %2 »</translation>
        </message>
        <message>
            <source>%1 refused access (HTTP 403): these credentials are not allowed to do this</source>
            <translation>%1 a refusé l’accès (HTTP 403) : ces identifiants ne permettent pas cette opération</translation>
        </message>
        <message>
            <source>%1 was not found on the server (HTTP 404): check the node's url</source>
            <translation>%1 est introuvable sur le serveur (HTTP 404) : vérifiez l’url du nœud</translation>
        </message>
        <message>
            <source>%1 answered HTTP %2 %3%4</source>
            <translation>%1 a répondu HTTP %2 %3%4</translation>
        </message>
        <message>
            <source>connection refused by %1 (nothing listens there?)</source>
            <translation>connexion refusée par %1 (rien n’y écoute ?)</translation>
        </message>
        <message>
            <source>the host name "%1" cannot be resolved</source>
            <translation>le nom d’hôte « %1 » ne peut pas être résolu</translation>
        </message>
        <message>
            <source>%1 closed the connection before answering completely</source>
            <translation>%1 a fermé la connexion avant d’avoir entièrement répondu</translation>
        </message>
        <message>
            <source>cannot reach %1: %2</source>
            <translation>impossible de joindre %1 : %2</translation>
        </message>
        <message>
            <source>talking to %1 failed: %2</source>
            <translation>la communication avec %1 a échoué : %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::InstanceFiler</name>
        <message>
            <source>cannot store %1 in %2: %3</source>
            <translation>impossible de stocker %1 dans %2 : %3</translation>
        </message>
        <message>
            <source>too many different files named %1 in %2</source>
            <translation>trop de fichiers différents nommés %1 dans %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::MultipartStreamParser</name>
        <message>
            <source>the multipart answer has no boundary</source>
            <translation>la réponse multipart n’a pas de délimiteur</translation>
        </message>
        <message>
            <source>the multipart answer ended before its closing boundary (after 1 complete part)</source>
            <translation>la réponse multipart s’est terminée avant son délimiteur de fin (après 1 partie complète)</translation>
        </message>
        <message>
            <source>the multipart answer ended before its closing boundary (after %1 complete parts)</source>
            <translation>la réponse multipart s’est terminée avant son délimiteur de fin (après %1 parties complètes)</translation>
        </message>
        <message>
            <source>a part header line has no field name: "%1"</source>
            <translation>une ligne d’en-tête de partie n’a pas de nom de champ : « %1 »</translation>
        </message>
        <message>
            <source>a part has an invalid Content-Length "%1"</source>
            <translation>une partie a un Content-Length invalide « %1 »</translation>
        </message>
        <message>
            <source>a boundary line is not followed by a line break</source>
            <translation>une ligne de délimiteur n’est pas suivie d’un saut de ligne</translation>
        </message>
        <message>
            <source>unexpected text after a boundary</source>
            <translation>texte inattendu après un délimiteur</translation>
        </message>
        <message>
            <source>a part's headers are longer than %1 bytes</source>
            <translation>les en-têtes d’une partie dépassent %1 octets</translation>
        </message>
        <message>
            <source>a part is longer than its Content-Length (%1 bytes)</source>
            <translation>une partie dépasse son Content-Length (%1 octets)</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::NodeDirectory</name>
        <message>
            <source>unknown key "%1" (allowed: %2)</source>
            <translation>clé inconnue « %1 » (autorisées : %2)</translation>
        </message>
        <message>
            <source>"port" must be a whole number from 1 to 65535</source>
            <translation>« port » doit être un nombre entier de 1 à 65535</translation>
        </message>
        <message>
            <source>"timeoutSeconds" must be a whole number from 1 to 3600</source>
            <translation>« timeoutSeconds » doit être un nombre entier de 1 à 3600</translation>
        </message>
        <message>
            <source>"tls" must be an object</source>
            <translation>« tls » doit être un objet</translation>
        </message>
        <message>
            <source>tls: %1</source>
            <translation>tls : %1</translation>
        </message>
        <message>
            <source>tls: "%1" must be true or false</source>
            <translation>tls : « %1 » doit valoir true ou false</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" must be a PEM file or a list of PEM files</source>
            <translation>tls : « trustedCertificates » doit être un fichier PEM ou une liste de fichiers PEM</translation>
        </message>
        <message>
            <source>tls: "certificate" and "privateKey" go together (the key's password is never stored in this file)</source>
            <translation>tls : « certificate » et « privateKey » vont ensemble (le mot de passe de la clé n’est jamais stocké dans ce fichier)</translation>
        </message>
        <message>
            <source>tls: our listener needs "certificate" and "privateKey"</source>
            <translation>tls : notre écoute requiert « certificate » et « privateKey »</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" (the callers' CA) is needed to check callers, or set "verifyPeer": false</source>
            <translation>tls : « trustedCertificates » (l’AC des appelants) est requis pour vérifier les appelants, ou définissez « verifyPeer »: false</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" (the server's CA) is needed to check the server, or set "verifyPeer": false</source>
            <translation>tls : « trustedCertificates » (l’AC du serveur) est requis pour vérifier le serveur, ou définissez « verifyPeer »: false</translation>
        </message>
        <message>
            <source>"receive" must be true or false</source>
            <translation>"receive" doit valoir true ou false</translation>
        </message>
        <message>
            <source>"aeTitle" must be 1 to 16 printable ASCII characters without a backslash</source>
            <translation>« aeTitle » doit compter de 1 à 16 caractères ASCII imprimables sans barre oblique inverse</translation>
        </message>
        <message>
            <source>"allowedCallers" must be a list of AE titles</source>
            <translation>« allowedCallers » doit être une liste d’AE titles</translation>
        </message>
        <message>
            <source>"name" is missing</source>
            <translation>« name » est absent</translation>
        </message>
        <message>
            <source>"retrieve" must be "get" or "move"</source>
            <translation>"retrieve" doit valoir "get" ou "move"</translation>
        </message>
        <message>
            <source>"worklist" must be true or false</source>
            <translation>« worklist » doit valoir true ou false</translation>
        </message>
        <message>
            <source>"host" is missing</source>
            <translation>« host » est absent</translation>
        </message>
        <message>
            <source>"port" is missing</source>
            <translation>« port » est absent</translation>
        </message>
        <message>
            <source>"url" must start with http:// or https://</source>
            <translation>« url » doit commencer par http:// ou https://</translation>
        </message>
        <message>
            <source>"authentication" must be "none", "basic" or "bearer"</source>
            <translation>« authentication » doit valoir « none », « basic » ou « bearer »</translation>
        </message>
        <message>
            <source>basic authentication needs "user" (the password is never stored in this file)</source>
            <translation>l’authentification basique requiert « user » (le mot de passe n’est jamais stocké dans ce fichier)</translation>
        </message>
        <message>
            <source>"caCertificates" must name a PEM file of trusted CA certificates</source>
            <translation>« caCertificates » doit désigner un fichier PEM de certificats d’AC de confiance</translation>
        </message>
        <message>
            <source>"kind" must be "dimse" or "dicomweb"</source>
            <translation>« kind » doit valoir « dimse » ou « dicomweb »</translation>
        </message>
        <message>
            <source>cannot read the nodes file %1: %2</source>
            <translation>impossible de lire le fichier de nœuds %1 : %2</translation>
        </message>
        <message>
            <source>cannot create the folder of %1</source>
            <translation>impossible de créer le dossier de %1</translation>
        </message>
        <message>
            <source>cannot write the nodes file %1: %2</source>
            <translation>impossible d’écrire le fichier de nœuds %1 : %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2: %3</source>
            <translation>%1 : JSON invalide à l’octet %2 : %3</translation>
        </message>
        <message>
            <source>%1: the top level must be an object with "nodes"</source>
            <translation>%1 : le niveau supérieur doit être un objet contenant « nodes »</translation>
        </message>
        <message>
            <source>%1: "local" must be an object</source>
            <translation>%1 : « local » doit être un objet</translation>
        </message>
        <message>
            <source>%1: local: %2</source>
            <translation>%1 : local : %2</translation>
        </message>
        <message>
            <source>%1: "nodes" must be a list</source>
            <translation>%1 : « nodes » doit être une liste</translation>
        </message>
        <message>
            <source>%1: node %2 is not an object</source>
            <translation>%1 : le nœud %2 n’est pas un objet</translation>
        </message>
        <message>
            <source>%1: node %2%3: %4</source>
            <translation>%1 : nœud %2%3 : %4</translation>
        </message>
        <message>
            <source>%1: node %2: the name "%3" is used twice</source>
            <translation>%1 : nœud %2 : le nom « %3 » est utilisé deux fois</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::StowRequestBody</name>
        <message>
            <source>%1: cannot read the file</source>
            <translation>%1 : impossible de lire le fichier</translation>
        </message>
        <message>
            <source>%1 changed while it was being sent</source>
            <translation>%1 a changé pendant son envoi</translation>
        </message>
    </context>
    <context>
        <name>continuum::render::CineViewport</name>
        <message>
            <source>Frame %1 / %2</source>
            <translation>Image %1 / %2</translation>
        </message>
        <message>
            <source>Frame %1: %2</source>
            <translation>Image %1 : %2</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <translation>Perdues : %1</translation>
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
            <translation>L %1 N %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::timeline</name>
        <message>
            <source>the local catalog is not open</source>
            <translation>le catalogue local n’est pas ouvert</translation>
        </message>
        <message>
            <source>local catalog</source>
            <translation>catalogue local</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>On PACS</source>
            <translation>Sur le PACS</translation>
        </message>
        <message>
            <source>Retrieving</source>
            <translation>Récupération</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incomplet</translation>
        </message>
        <message>
            <source>Patient name differs (%1): "%2" instead of "%3"</source>
            <translation>Le nom du patient diffère (%1) : « %2 » au lieu de « %3 »</translation>
        </message>
        <message>
            <source>Birth date differs (%1): %2 instead of %3</source>
            <translation>La date de naissance diffère (%1) : %2 au lieu de %3</translation>
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
            <translation>Cardiologie</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Oncologie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>continuum::timeline::DepartmentMapping</name>
        <message>
            <source>the mapping must be a JSON object</source>
            <translation>la correspondance doit être un objet JSON</translation>
        </message>
        <message>
            <source>unknown key "%1" (expected format, version, comment, fallback, rules)</source>
            <translation>clé inconnue « %1 » (attendu : format, version, comment, fallback, rules)</translation>
        </message>
        <message>
            <source>"format" must be "%1"</source>
            <translation>« format » doit valoir « %1 »</translation>
        </message>
        <message>
            <source>unsupported "version" (this Continuum reads version 1)</source>
            <translation>« version » non prise en charge (ce Continuum lit la version 1)</translation>
        </message>
        <message>
            <source>"fallback" must be radiology, cardiology, oncology or other</source>
            <translation>« fallback » doit valoir radiology, cardiology, oncology ou other</translation>
        </message>
        <message>
            <source>"rules" must be an array of rule objects</source>
            <translation>« rules » doit être un tableau d’objets règle</translation>
        </message>
        <message>
            <source>rule %1: %2</source>
            <translation>règle %1 : %2</translation>
        </message>
        <message>
            <source>a rule must be an object</source>
            <translation>une règle doit être un objet</translation>
        </message>
        <message>
            <source>unknown key "%1" (expected modalities, sopClasses, studyDescription, department, comment)</source>
            <translation>clé inconnue « %1 » (attendu : modalities, sopClasses, studyDescription, department, comment)</translation>
        </message>
        <message>
            <source>"modalities" must be a non-empty list of modality codes</source>
            <translation>« modalities » doit être une liste non vide de codes de modalité</translation>
        </message>
        <message>
            <source>"sopClasses" must be a non-empty list of SOP Class UIDs</source>
            <translation>« sopClasses » doit être une liste non vide de SOP Class UID</translation>
        </message>
        <message>
            <source>"studyDescription" must be a regular expression</source>
            <translation>« studyDescription » doit être une expression régulière</translation>
        </message>
        <message>
            <source>invalid regular expression "%1": %2</source>
            <translation>expression régulière invalide « %1 » : %2</translation>
        </message>
        <message>
            <source>a rule needs at least one of modalities, sopClasses, studyDescription</source>
            <translation>une règle requiert au moins l’un de modalities, sopClasses, studyDescription</translation>
        </message>
        <message>
            <source>unknown department "%1" (expected radiology, cardiology, oncology, other or images)</source>
            <translation>service inconnu « %1 » (attendu : radiology, cardiology, oncology, other ou images)</translation>
        </message>
    </context>
    <context>
        <name>continuum::worklist</name>
        <message>
            <source>%1 rejected the connection: check the called AE title "%2" and that it knows the calling AE title "%3".</source>
            <translation>%1 a rejeté la connexion : vérifiez l’AE title appelé « %2 » et qu’il connaît l’AE title appelant « %3 ».</translation>
        </message>
        <message>
            <source>%1 accepted the connection but does not offer the modality worklist service.</source>
            <translation>%1 a accepté la connexion mais ne propose pas le service de liste de travail des modalités.</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s during %3.</source>
            <translation>%1 n’a pas répondu en %2 s pendant %3.</translation>
        </message>
        <message>
            <source>Connection refused by %1:%2: nothing listens on that port.</source>
            <translation>Connexion refusée par %1:%2 : rien n’écoute sur ce port.</translation>
        </message>
        <message>
            <source>%1:%2 did not answer within %3 s.</source>
            <translation>%1:%2 n’a pas répondu en %3 s.</translation>
        </message>
        <message>
            <source>Cannot connect to %1:%2 (%3).</source>
            <translation>Impossible de se connecter à %1:%2 (%3).</translation>
        </message>
        <message>
            <source>%1 failed during %2: %3</source>
            <translation>%1 a échoué pendant %2 : %3</translation>
        </message>
        <message>
            <source>"%1" must be a list</source>
            <translation>« %1 » doit être une liste</translation>
        </message>
        <message>
            <source>unknown value "%1" in "%2"</source>
            <translation>valeur inconnue « %1 » dans « %2 »</translation>
        </message>
        <message>
            <source>network setup</source>
            <translation>configuration réseau</translation>
        </message>
        <message>
            <source>Cannot use DICOM TLS with %1: %2</source>
            <translation>Impossible d'utiliser DICOM TLS avec %1 : %2</translation>
        </message>
        <message>
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <source>the worklist query</source>
            <translation>la requête de liste de travail</translation>
        </message>
        <message>
            <source>%1 answered the worklist query with status 0x%2.</source>
            <translation>%1 a répondu à la requête de liste de travail avec le statut 0x%2.</translation>
        </message>
        <message>
            <source>"daysBack" needs "from" &gt;= "to" &gt;= 0 (days before today)</source>
            <translation>« daysBack » requiert « from » &gt;= « to » &gt;= 0 (jours avant aujourd’hui)</translation>
        </message>
        <message>
            <source>The local catalog is not open.</source>
            <translation>Le catalogue local n’est pas ouvert.</translation>
        </message>
        <message>
            <source>Only studies in the local catalog have a reading status; retrieve the study first.</source>
            <translation>Seuls les examens du catalogue local ont un état de lecture ; récupérez d’abord l’examen.</translation>
        </message>
        <message>
            <source>Only studies in the local catalog keep a priority; retrieve the study first.</source>
            <translation>Seuls les examens du catalogue local conservent une priorité ; récupérez d’abord l’examen.</translation>
        </message>
        <message>
            <source>not a worklist preset file ("format" must be "%1")</source>
            <translation>pas un fichier de préréglages de liste de travail (« format » doit valoir « %1 »)</translation>
        </message>
        <message>
            <source>unsupported version %1</source>
            <translation>version %1 non prise en charge</translation>
        </message>
        <message>
            <source>a preset has no name</source>
            <translation>un préréglage n’a pas de nom</translation>
        </message>
        <message>
            <source>preset "%1": %2</source>
            <translation>préréglage « %1 » : %2</translation>
        </message>
        <message>
            <source>the bundled worklist presets are missing</source>
            <translation>les préréglages de liste de travail fournis sont absents</translation>
        </message>
        <message>
            <source>A preset needs a name.</source>
            <translation>Un préréglage doit avoir un nom.</translation>
        </message>
        <message>
            <source>"%1" is not one of your presets.</source>
            <translation>« %1 » ne fait pas partie de vos préréglages.</translation>
        </message>
        <message>
            <source>No file for user presets.</source>
            <translation>Pas de fichier pour les préréglages utilisateur.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::worklist::WorklistTableModel</name>
        <message>
            <source>STAT</source>
            <translation>STAT</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Planifié</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Non lu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>In progress: %1</source>
            <translation>En cours : %1</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lu</translation>
        </message>
        <message>
            <source>Read: %1</source>
            <translation>Lu : %1</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Local, also on %1</source>
            <translation>Local, aussi sur %1</translation>
        </message>
        <message>
            <source>On %1</source>
            <translation>Sur %1</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 depuis %2</translation>
        </message>
        <message>
            <source>Patient ID %1, accession %2</source>
            <translation>Identifiant patient %1, accession %2</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Age/Sex</source>
            <translation>Âge/Sexe</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Date/Time</source>
            <translation>Date/Heure</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Cannot create the demo studies in %1: %2</source>
            <translation>Impossible de créer les examens de démonstration dans %1 : %2</translation>
        </message>
    </context>
</TS>
