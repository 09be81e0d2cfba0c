<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>ArchiveStudySource</name>
        <message>
            <source>The patient has no ID, so %1 was not asked.</source>
            <translation>El paciente no tiene ID, por lo que no se consultó a %1.</translation>
        </message>
    </context>
    <context>
        <name>BeatPhaseMapper</name>
        <message numerus="yes">
            <source>%n beat(s) from R waves</source>
            <translation>
                <numerusform>%n latido a partir de las ondas R</numerusform>
                <numerusform>%n latidos a partir de las ondas R</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from marked end-diastolic frames</source>
            <translation>
                <numerusform>%n latido a partir de los fotogramas telediastólicos marcados</numerusform>
                <numerusform>%n latidos a partir de los fotogramas telediastólicos marcados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from the R Wave Pointer (0028,6040)</source>
            <translation>
                <numerusform>%n latido a partir del R Wave Pointer (0028,6040)</numerusform>
                <numerusform>%n latidos a partir del R Wave Pointer (0028,6040)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beat(s) from R waves on the loop's ECG</source>
            <translation>
                <numerusform>%n latido a partir de las ondas R del ECG del bucle</numerusform>
                <numerusform>%n latidos a partir de las ondas R del ECG del bucle</numerusform>
            </translation>
        </message>
        <message>
            <source>phase from the whole loop (no R waves or marks)</source>
            <translation>fase a partir de todo el bucle (sin ondas R ni marcas)</translation>
        </message>
    </context>
    <context>
        <name>CardiacCineGrouper</name>
        <message>
            <source>, position %1 mm</source>
            <translation>, posición %1 mm</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>The file lacks %1, so it cannot be placed in a study.</source>
            <translation>Al archivo le falta %1, por lo que no se puede asignar a un estudio.</translation>
        </message>
        <message>
            <source>Cannot create the catalog folder %1.</source>
            <translation>No se puede crear la carpeta del catálogo %1.</translation>
        </message>
        <message>
            <source>Cannot create the catalog file %1: %2</source>
            <translation>No se puede crear el archivo del catálogo %1: %2</translation>
        </message>
        <message>
            <source>The catalog is not open.</source>
            <translation>El catálogo no está abierto.</translation>
        </message>
        <message>
            <source>Cannot write the import log: %1</source>
            <translation>No se puede escribir el registro de importación: %1</translation>
        </message>
        <message>
            <source>Cannot start a catalog transaction: %1</source>
            <translation>No se puede iniciar una transacción del catálogo: %1</translation>
        </message>
        <message>
            <source>The DICOMDIR lists %1, which is not on the media.</source>
            <translation>El DICOMDIR incluye %1, que no está en el soporte.</translation>
        </message>
        <message>
            <source>The catalog database failed; the last %1 files were not recorded: %2</source>
            <translation>Falló la base de datos del catálogo; no se registraron los últimos %1 archivos: %2</translation>
        </message>
        <message>
            <source>Cannot commit to the catalog: %1</source>
            <translation>No se puede confirmar en el catálogo: %1</translation>
        </message>
        <message>
            <source>The disk holding the managed store %1 is full; the import stopped. The files copied so far are catalogued; free some space and import again to add the rest.</source>
            <translation>El disco del almacenamiento gestionado %1 está lleno; la importación se detuvo. Los archivos copiados hasta ahora están catalogados; libere espacio e importe de nuevo para añadir el resto.</translation>
        </message>
        <message>
            <source>Cannot finish the import log: %1</source>
            <translation>No se puede finalizar el registro de importación: %1</translation>
        </message>
        <message>
            <source>Cannot read the file locations: %1</source>
            <translation>No se pueden leer las ubicaciones de los archivos: %1</translation>
        </message>
        <message>
            <source>Cannot record missing files: %1</source>
            <translation>No se pueden registrar los archivos que faltan: %1</translation>
        </message>
    </context>
    <context>
        <name>CatalogCredentials</name>
        <message>
            <source>Shared study catalog</source>
            <translation>Catálogo de estudios compartido</translation>
        </message>
        <message>
            <source>%1

Password of %2 (kept in %3):</source>
            <translation>%1

Contraseña de %2 (guardada en %3):</translation>
        </message>
    </context>
    <context>
        <name>CatalogDatabase</name>
        <message>
            <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
            <translation>El controlador Qt SQL %1 no está instalado (paquete Debian %2).</translation>
        </message>
        <message>
            <source>Cannot open the catalog %1: %2</source>
            <translation>No se puede abrir el catálogo %1: %2</translation>
        </message>
        <message>
            <source>The catalog %1 cannot be written and is at schema version %2; this program needs version %3. Open it once where it can be written to upgrade it.</source>
            <translation>El catálogo %1 no se puede escribir y está en la versión de esquema %2; este programa necesita la versión %3. Ábralo una vez donde se pueda escribir para actualizarlo.</translation>
        </message>
    </context>
    <context>
        <name>CatalogSchema</name>
        <message>
            <source>Could not configure the catalog database (%1): %2</source>
            <translation>No se pudo configurar la base de datos del catálogo (%1): %2</translation>
        </message>
        <message>
            <source>The catalog was written by a newer version of Continuum (schema version %1; this program understands up to %2). Update Continuum or use another catalog file.</source>
            <translation>El catálogo fue escrito por una versión más reciente de Continuum (versión de esquema %1; este programa admite hasta la %2). Actualice Continuum o use otro archivo de catálogo.</translation>
        </message>
        <message>
            <source>Could not lock the catalog schema for migration: %1</source>
            <translation>No se pudo bloquear el esquema del catálogo para la migración: %1</translation>
        </message>
        <message>
            <source>Could not create the schema_version table: %1</source>
            <translation>No se pudo crear la tabla schema_version: %1</translation>
        </message>
        <message>
            <source>Could not read the catalog schema version: %1</source>
            <translation>No se pudo leer la versión del esquema del catálogo: %1</translation>
        </message>
        <message>
            <source>Could not start the migration to schema version %1: %2</source>
            <translation>No se pudo iniciar la migración a la versión de esquema %1: %2</translation>
        </message>
        <message>
            <source>Migration to schema version %1 failed: %2</source>
            <translation>Falló la migración a la versión de esquema %1: %2</translation>
        </message>
        <message>
            <source>Could not record schema version %1: %2</source>
            <translation>No se pudo registrar la versión de esquema %1: %2</translation>
        </message>
        <message>
            <source>Could not commit schema version %1: %2</source>
            <translation>No se pudo confirmar la versión de esquema %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CharsetDecoder</name>
        <message>
            <source>Specific Character Set has an empty value at position %1; ignored</source>
            <translation>Specific Character Set tiene un valor vacío en la posición %1; se ignora</translation>
        </message>
        <message>
            <source>Unknown Specific Character Set term "%1"; text is decoded as Latin-1 (ISO_IR 100)</source>
            <translation>Término de Specific Character Set desconocido "%1"; el texto se decodifica como Latin-1 (ISO_IR 100)</translation>
        </message>
        <message>
            <source>Non-standard Specific Character Set term "%1" read as "%2"</source>
            <translation>Término de Specific Character Set no estándar "%1" leído como "%2"</translation>
        </message>
    </context>
    <context>
        <name>CineSourceLister</name>
        <message>
            <source>%1, instance %2 (%3)</source>
            <translation>%1, instancia %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (%2, single-frame cine)</source>
            <translation>%1 (%2, cine de un solo fotograma)</translation>
        </message>
        <message>
            <source>The cine source has no files.</source>
            <translation>La fuente de cine no tiene archivos.</translation>
        </message>
        <message>
            <source>%1, instance %2</source>
            <translation>%1, instancia %2</translation>
        </message>
        <message>
            <source>The images of this cine no longer share one position.</source>
            <translation>Las imágenes de este cine ya no comparten una misma posición.</translation>
        </message>
    </context>
    <context>
        <name>CineTexturePresenter</name>
        <message>
            <source>Cine shader does not compile: %1</source>
            <translation>El shader de cine no compila: %1</translation>
        </message>
        <message>
            <source>Cine shader does not link: %1</source>
            <translation>El shader de cine no enlaza: %1</translation>
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
            <translation>sin temporización en el archivo, frecuencia predeterminada</translation>
        </message>
        <message>
            <source>overridden: %1 fps (file: %2 fps)</source>
            <translation>forzado: %1 fps (archivo: %2 fps)</translation>
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
            <translation>No se puede leer la tabla del perfil de confidencialidad %1: %2</translation>
        </message>
        <message>
            <source>%1: the column header is missing or has %2 columns instead of %3</source>
            <translation>%1: falta el encabezado de columnas o tiene %2 columnas en lugar de %3</translation>
        </message>
        <message>
            <source>%1 line %2: %3 columns instead of %4</source>
            <translation>%1 línea %2: %3 columnas en lugar de %4</translation>
        </message>
        <message>
            <source>%1 line %2: unknown action "%3"</source>
            <translation>%1 línea %2: acción desconocida "%3"</translation>
        </message>
        <message>
            <source>%1 line %2: unknown option action "%3"</source>
            <translation>%1 línea %2: acción de opción desconocida "%3"</translation>
        </message>
        <message>
            <source>%1 line %2: "%3" is not a tag</source>
            <translation>%1 línea %2: "%3" no es una etiqueta</translation>
        </message>
        <message>
            <source>%1 line %2: %3 is listed twice</source>
            <translation>%1 línea %2: %3 aparece dos veces</translation>
        </message>
        <message>
            <source>%1 holds no rows</source>
            <translation>%1 no contiene filas</translation>
        </message>
        <message>
            <source>%1 does not say which edition of PS3.15 it came from ("# edition:" line)</source>
            <translation>%1 no indica de qué edición de PS3.15 procede (línea "# edition:")</translation>
        </message>
    </context>
    <context>
        <name>DecodeWorkerClient</name>
        <message>
            <source>cannot create a socket for the decode worker: %1</source>
            <translation>no se puede crear un socket para el proceso de decodificación: %1</translation>
        </message>
        <message>
            <source>cannot start %1: %2</source>
            <translation>no se puede iniciar %1: %2</translation>
        </message>
        <message>
            <source>the worker could not be waited for</source>
            <translation>no se pudo esperar al proceso de decodificación</translation>
        </message>
        <message>
            <source>the worker was killed by signal %1 (%2)</source>
            <translation>el proceso de decodificación fue terminado por la señal %1 (%2)</translation>
        </message>
        <message>
            <source>the worker exited with status %1</source>
            <translation>el proceso de decodificación terminó con el estado %1</translation>
        </message>
        <message>
            <source>the worker ended</source>
            <translation>el proceso de decodificación terminó</translation>
        </message>
        <message>
            <source>cannot create shared memory: %1</source>
            <translation>no se puede crear la memoria compartida: %1</translation>
        </message>
        <message>
            <source>cannot size shared memory to %1 bytes: %2</source>
            <translation>no se puede dimensionar la memoria compartida a %1 bytes: %2</translation>
        </message>
        <message>
            <source>cannot map shared memory: %1</source>
            <translation>no se puede mapear la memoria compartida: %1</translation>
        </message>
        <message>
            <source>cannot send the request to the decode worker (%1)</source>
            <translation>no se puede enviar la solicitud al proceso de decodificación (%1)</translation>
        </message>
        <message>
            <source>the worker did not finish within %1 s and was stopped</source>
            <translation>el proceso de decodificación no terminó en %1 s y se detuvo</translation>
        </message>
    </context>
    <context>
        <name>Deidentifier</name>
        <message>
            <source>the patient name is empty</source>
            <translation>el nombre del paciente está vacío</translation>
        </message>
        <message>
            <source>the patient name contains a backslash, which separates DICOM values</source>
            <translation>el nombre del paciente contiene una barra invertida, que separa valores DICOM</translation>
        </message>
        <message>
            <source>the patient name has more than 64 characters</source>
            <translation>el nombre del paciente tiene más de 64 caracteres</translation>
        </message>
        <message>
            <source>the patient name has too many components (Family^Given^Middle^Prefix^Suffix)</source>
            <translation>el nombre del paciente tiene demasiados componentes (Apellido^Nombre^Segundo^Prefijo^Sufijo)</translation>
        </message>
        <message>
            <source>the patient name contains control characters</source>
            <translation>el nombre del paciente contiene caracteres de control</translation>
        </message>
        <message>
            <source>the patient ID is empty</source>
            <translation>el ID del paciente está vacío</translation>
        </message>
        <message>
            <source>the patient ID has more than 64 characters</source>
            <translation>el ID del paciente tiene más de 64 caracteres</translation>
        </message>
        <message>
            <source>the patient ID contains a backslash, which separates DICOM values</source>
            <translation>el ID del paciente contiene una barra invertida, que separa valores DICOM</translation>
        </message>
        <message>
            <source>the patient ID contains control characters</source>
            <translation>el ID del paciente contiene caracteres de control</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>No se puede leer %1</translation>
        </message>
        <message>
            <source>The dataset cannot be converted to UTF-8 for the non-ASCII patient name or ID: %1</source>
            <translation>El conjunto de datos no se puede convertir a UTF-8 para el nombre o ID de paciente no ASCII: %1</translation>
        </message>
        <message>
            <source>Cannot write the de-identification attributes: %1</source>
            <translation>No se pueden escribir los atributos de desidentificación: %1</translation>
        </message>
    </context>
    <context>
        <name>DicomLengthGuard</name>
        <message>
            <source>%1 bytes</source>
            <translation>%1 bytes</translation>
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
            <translation>un elemento de %1 en el byte %2</translation>
        </message>
        <message>
            <source>element %1 at byte %2</source>
            <translation>elemento %1 en el byte %2</translation>
        </message>
        <message>
            <source>%1 of the inflated data set</source>
            <translation>%1 del conjunto de datos descomprimido</translation>
        </message>
        <message>
            <source>its enclosing item has %1 left</source>
            <translation>a su elemento contenedor le quedan %1</translation>
        </message>
        <message>
            <source>the data set inflates to %1</source>
            <translation>el conjunto de datos descomprimido ocupa %1</translation>
        </message>
        <message>
            <source>the file has %1</source>
            <translation>el archivo tiene %1</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed): %1 claims %2 bytes; %3.</source>
            <translation>No es un archivo DICOM legible (no se pudo analizar el encabezado): %1 declara %2 bytes; %3.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed): %1 at byte %2.</source>
            <translation>No es un archivo DICOM legible (no se pudo analizar el encabezado): %1 en el byte %2.</translation>
        </message>
    </context>
    <context>
        <name>EncapsulatedDocumentReader</name>
        <message>
            <source>%1 has no Encapsulated Document (0042,0011)</source>
            <translation>%1 no tiene Encapsulated Document (0042,0011)</translation>
        </message>
        <message>
            <source>%1: Encapsulated Document Length is %2 but the document holds %3 bytes</source>
            <translation>%1: Encapsulated Document Length es %2, pero el documento contiene %3 bytes</translation>
        </message>
    </context>
    <context>
        <name>EncapsulatedPixelData</name>
        <message>
            <source>Pixel data shorter than expected: %1.</source>
            <translation>Datos de píxeles más cortos de lo esperado: %1.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>No se puede leer el archivo.</translation>
        </message>
        <message>
            <source>Encapsulated pixel data is malformed (unexpected element inside the fragment sequence).</source>
            <translation>Los datos de píxeles encapsulados están mal formados (elemento inesperado dentro de la secuencia de fragmentos).</translation>
        </message>
        <message>
            <source>The Basic Offset Table points outside the pixel data.</source>
            <translation>La Basic Offset Table apunta fuera de los datos de píxeles.</translation>
        </message>
    </context>
    <context>
        <name>ExportCommands</name>
        <message>
            <source>Export a catalogued study to a new folder, optionally anonymized (DICOM PS3.15 Basic Application Level Confidentiality Profile), with a DICOMDIR and an ISO image for CD/USB.</source>
            <translation>Exporta un estudio catalogado a una carpeta nueva, opcionalmente anonimizado (DICOM PS3.15 Basic Application Level Confidentiality Profile), con un DICOMDIR y una imagen ISO para CD/USB.</translation>
        </message>
        <message>
            <source>Study Instance UID of the study to export.</source>
            <translation>Study Instance UID del estudio que se exportará.</translation>
        </message>
        <message>
            <source>Catalog database file (default: $CONTINUUM_CATALOG or the user's data folder).</source>
            <translation>Archivo de base de datos del catálogo (predeterminado: $CONTINUUM_CATALOG o la carpeta de datos del usuario).</translation>
        </message>
        <message>
            <source>Folder to create (must not exist yet, or be empty).</source>
            <translation>Carpeta que se creará (no debe existir aún o debe estar vacía).</translation>
        </message>
        <message>
            <source>De-identify per PS3.15 Annex E (Table E.1-1): names, dates, UIDs, private tags...</source>
            <translation>Desidentificar según PS3.15 anexo E (tabla E.1-1): nombres, fechas, UID, etiquetas privadas...</translation>
        </message>
        <message>
            <source>Patient's Name to write (DICOM form Family^Given; default %1).</source>
            <translation>Patient's Name que se escribirá (forma DICOM Apellido^Nombre; predeterminado %1).</translation>
        </message>
        <message>
            <source>Patient ID to write (default: a new ANON-XXXXXXXX).</source>
            <translation>Patient ID que se escribirá (predeterminado: un nuevo ANON-XXXXXXXX).</translation>
        </message>
        <message>
            <source>Retain Longitudinal Temporal Information with Full Dates Option.</source>
            <translation>Opción Retain Longitudinal Temporal Information with Full Dates.</translation>
        </message>
        <message>
            <source>Retain UIDs Option.</source>
            <translation>Opción Retain UIDs.</translation>
        </message>
        <message>
            <source>Write a DICOMDIR (PS3.10/PS3.11 General Purpose profile).</source>
            <translation>Escribir un DICOMDIR (perfil General Purpose de PS3.10/PS3.11).</translation>
        </message>
        <message>
            <source>Also write an ISO 9660 image of the folder for CD/DVD or USB (implies --dicomdir).</source>
            <translation>Escribir también una imagen ISO 9660 de la carpeta para CD/DVD o USB (implica --dicomdir).</translation>
        </message>
        <message>
            <source>unexpected argument "%1": export takes options only</source>
            <translation>argumento inesperado "%1": export solo admite opciones</translation>
        </message>
        <message>
            <source>export needs --study-uid UID (list them with `continuum studies --json`)</source>
            <translation>export necesita --study-uid UID (para listarlos: `continuum studies --json`)</translation>
        </message>
        <message>
            <source>--study-uid: "%1" is not a DICOM UID (digits and dots, at most 64 characters)</source>
            <translation>--study-uid: "%1" no es un UID DICOM (dígitos y puntos, 64 caracteres como máximo)</translation>
        </message>
        <message>
            <source>export needs --out DIR (a new or empty folder)</source>
            <translation>export necesita --out DIR (una carpeta nueva o vacía)</translation>
        </message>
        <message>
            <source>--%1 needs --anonymize</source>
            <translation>--%1 necesita --anonymize</translation>
        </message>
        <message>
            <source>--iso needs a FILE</source>
            <translation>--iso necesita un ARCHIVO</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>no se puede abrir el catálogo %1: %2</translation>
        </message>
        <message>
            <source>Exported %1 instances in %2 series to %3</source>
            <translation>Se exportaron %1 instancias de %2 series a %3</translation>
        </message>
        <message>
            <source>Anonymized as %1 (patient ID %2)</source>
            <translation>Anonimizado como %1 (ID de paciente %2)</translation>
        </message>
        <message>
            <source>DICOMDIR: %1</source>
            <translation>DICOMDIR: %1</translation>
        </message>
        <message>
            <source>ISO image: %1</source>
            <translation>Imagen ISO: %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>advertencia: %1</translation>
        </message>
    </context>
    <context>
        <name>FrameDecoder</name>
        <message>
            <source>Frame %1 does not exist (the image has %2).</source>
            <translation>El fotograma %1 no existe (la imagen tiene %2).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 lies beyond the end of the element.</source>
            <translation>Datos de píxeles más cortos de lo esperado: el fotograma %1 queda más allá del final del elemento.</translation>
        </message>
        <message>
            <source>File cannot be opened.</source>
            <translation>No se puede abrir el archivo.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the file ends inside frame %1.</source>
            <translation>Datos de píxeles más cortos de lo esperado: el archivo termina dentro del fotograma %1.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 is cut off (no end-of-image marker).</source>
            <translation>Datos de píxeles más cortos de lo esperado: el fotograma %1 está truncado (sin marcador de fin de imagen).</translation>
        </message>
        <message>
            <source>Frame %1 could not be decoded (the codec failed).</source>
            <translation>No se pudo decodificar el fotograma %1 (falló el códec).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: %1 of %2 bytes decoded.</source>
            <translation>Datos de píxeles más cortos de lo esperado: se decodificaron %1 de %2 bytes.</translation>
        </message>
    </context>
    <context>
        <name>GuardedPixelDecoder</name>
        <message>
            <source>frame %1 of %2</source>
            <translation>fotograma %1 de %2</translation>
        </message>
        <message>
            <source>Not decoded: %1 crashed the decoder earlier in this session.</source>
            <translation>No decodificado: %1 bloqueó el decodificador antes en esta sesión.</translation>
        </message>
        <message>
            <source>The decoder crashed on %1 (%2); the frame is skipped for this session.</source>
            <translation>El decodificador se bloqueó con %1 (%2); el fotograma se omite en esta sesión.</translation>
        </message>
        <message>
            <source>The decode worker is unavailable for %1: %2</source>
            <translation>El proceso de decodificación no está disponible para %1: %2</translation>
        </message>
        <message>
            <source>Internal error: destination buffer too small.</source>
            <translation>Error interno: búfer de destino demasiado pequeño.</translation>
        </message>
        <message>
            <source>The decoder crashed on %1 (%2); the file is skipped for this session.</source>
            <translation>El decodificador se bloqueó con %1 (%2); el archivo se omite en esta sesión.</translation>
        </message>
    </context>
    <context>
        <name>HeaderReader</name>
        <message>
            <source>Window Center and Window Width have different numbers of values; ignoring the stored windows.</source>
            <translation>Window Center y Window Width tienen distinto número de valores; se ignoran las ventanas almacenadas.</translation>
        </message>
        <message>
            <source>Unknown VOI LUT Function "%1"; using LINEAR.</source>
            <translation>VOI LUT Function desconocida "%1"; se usa LINEAR.</translation>
        </message>
        <message>
            <source>Window width %1 is not valid; ignored.</source>
            <translation>El ancho de ventana %1 no es válido; se ignora.</translation>
        </message>
        <message>
            <source>The segmented palette is malformed.</source>
            <translation>La paleta segmentada está mal formada.</translation>
        </message>
        <message>
            <source>Overlay %1 has no size; not shown.</source>
            <translation>La superposición %1 no tiene tamaño; no se muestra.</translation>
        </message>
        <message>
            <source>Overlay %1 is embedded in the pixel data (retired encoding); not shown.</source>
            <translation>La superposición %1 está incrustada en los datos de píxeles (codificación retirada); no se muestra.</translation>
        </message>
        <message>
            <source>Overlay %1 data is shorter than its size; not shown.</source>
            <translation>Los datos de la superposición %1 son más cortos que su tamaño; no se muestra.</translation>
        </message>
        <message>
            <source>Ultrasound regions have different calibrations; measurements use the first region's.</source>
            <translation>Las regiones de ecografía tienen calibraciones distintas; las mediciones usan la de la primera región.</translation>
        </message>
        <message>
            <source>File not found.</source>
            <translation>Archivo no encontrado.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>No se puede leer el archivo.</translation>
        </message>
        <message>
            <source>File cannot be read (not a regular file).</source>
            <translation>No se puede leer el archivo (no es un archivo normal).</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading its header.</source>
            <translation>El archivo está mal formado: el kit de herramientas DICOM falló al leer su encabezado.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file (the header could not be parsed).</source>
            <translation>No es un archivo DICOM legible (no se pudo analizar el encabezado).</translation>
        </message>
        <message>
            <source>No transfer syntax in the file meta information; the encoding was guessed.</source>
            <translation>No hay sintaxis de transferencia en la metainformación del archivo; se dedujo la codificación.</translation>
        </message>
        <message>
            <source>Number of Frames "%1" is not a whole number; assuming 1.</source>
            <translation>Number of Frames "%1" no es un número entero; se asume 1.</translation>
        </message>
        <message>
            <source>Per-frame functional groups describe %1 frames but the image has %2.</source>
            <translation>Los grupos funcionales por fotograma describen %1 fotogramas, pero la imagen tiene %2.</translation>
        </message>
    </context>
    <context>
        <name>ImageSeries</name>
        <message>
            <source>The series has no images.</source>
            <translation>La serie no tiene imágenes.</translation>
        </message>
        <message>
            <source>Not enough memory for this series (%1 MB).</source>
            <translation>No hay memoria suficiente para esta serie (%1 MB).</translation>
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
            <translation>El catálogo no pudo registrar la serie completa.</translation>
        </message>
    </context>
    <context>
        <name>IsoImageWriter</name>
        <message>
            <source>No ISO image tool is installed (install the xorriso or genisoimage package)</source>
            <translation>No hay ninguna herramienta de imágenes ISO instalada (instale el paquete xorriso o genisoimage)</translation>
        </message>
        <message>
            <source>%1 did not start: %2</source>
            <translation>%1 no se inició: %2</translation>
        </message>
        <message>
            <source>%1 failed (exit code %2): %3</source>
            <translation>%1 falló (código de salida %2): %3</translation>
        </message>
    </context>
    <context>
        <name>KeyObjectSelectionReader</name>
        <message>
            <source>%1 is not a Key Object Selection Document (SOP Class %2)</source>
            <translation>%1 no es un Key Object Selection Document (SOP Class %2)</translation>
        </message>
    </context>
    <context>
        <name>KeyObjectSelectionWriter</name>
        <message>
            <source>a key object selection needs at least one image</source>
            <translation>una selección de objetos clave necesita al menos una imagen</translation>
        </message>
        <message>
            <source>"%1" (%2, %3) is not a Key Object Selection Document Title of CID 7010</source>
            <translation>"%1" (%2, %3) no es un título de Key Object Selection Document de la CID 7010</translation>
        </message>
        <message>
            <source>cannot build the key object selection tree (an image reference is invalid?)</source>
            <translation>no se puede construir el árbol de selección de objetos clave (¿referencia de imagen no válida?)</translation>
        </message>
    </context>
    <context>
        <name>LaunchTargetResolver</name>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Patient ID %1 belongs to patients of different issuers (%2): the request must say which with --issuer.</source>
            <translation>El ID de paciente %1 pertenece a pacientes de distintos emisores (%2): la solicitud debe indicar cuál con --issuer.</translation>
        </message>
        <message>
            <source>study %1</source>
            <translation>estudio %1</translation>
        </message>
        <message>
            <source>accession number %1</source>
            <translation>número de acceso %1</translation>
        </message>
        <message>
            <source>any study</source>
            <translation>cualquier estudio</translation>
        </message>
        <message>
            <source> (issuer %1)</source>
            <translation> (emisor %1)</translation>
        </message>
        <message>
            <source>Patient ID %1%2: %3 was found neither in the local catalog nor on the PACS.</source>
            <translation>ID de paciente %1%2: no se encontró %3 ni en el catálogo local ni en el PACS.</translation>
        </message>
    </context>
    <context>
        <name>LoopVideoExporter</name>
        <message>
            <source>The loop has no frames to export.</source>
            <translation>El bucle no tiene fotogramas para exportar.</translation>
        </message>
        <message>
            <source>Frame %1: %2</source>
            <translation>Fotograma %1: %2</translation>
        </message>
        <message>
            <source>There is no frame on screen to save.</source>
            <translation>No hay ningún fotograma en pantalla para guardar.</translation>
        </message>
        <message>
            <source>This libavcodec has no PNG encoder.</source>
            <translation>Esta libavcodec no tiene codificador PNG.</translation>
        </message>
        <message>
            <source>Cannot open the PNG encoder: %1</source>
            <translation>No se puede abrir el codificador PNG: %1</translation>
        </message>
        <message>
            <source>Out of memory for the frame.</source>
            <translation>Memoria insuficiente para el fotograma.</translation>
        </message>
        <message>
            <source>PNG encoding failed: %1</source>
            <translation>Falló la codificación PNG: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Cannot create an MP4 container: %1</source>
            <translation>No se puede crear un contenedor MP4: %1</translation>
        </message>
        <message>
            <source>This libavcodec has no H.264 encoder.</source>
            <translation>Esta libavcodec no tiene codificador H.264.</translation>
        </message>
        <message>
            <source>Cannot open the H.264 encoder: %1</source>
            <translation>No se puede abrir el codificador H.264: %1</translation>
        </message>
        <message>
            <source>Cannot add a video stream.</source>
            <translation>No se puede añadir un flujo de vídeo.</translation>
        </message>
        <message>
            <source>Cannot set the stream parameters: %1</source>
            <translation>No se pueden establecer los parámetros del flujo: %1</translation>
        </message>
        <message>
            <source>Cannot write the MP4 header: %1</source>
            <translation>No se puede escribir el encabezado MP4: %1</translation>
        </message>
        <message>
            <source>Out of memory for the video frames.</source>
            <translation>Memoria insuficiente para los fotogramas de vídeo.</translation>
        </message>
        <message>
            <source>Cannot convert RGB to YUV.</source>
            <translation>No se puede convertir RGB a YUV.</translation>
        </message>
        <message>
            <source>Frame size changed within the loop (%1 x %2, first %3 x %4).</source>
            <translation>El tamaño del fotograma cambió dentro del bucle (%1 x %2, primero %3 x %4).</translation>
        </message>
        <message>
            <source>The encoder rejected a frame: %1</source>
            <translation>El codificador rechazó un fotograma: %1</translation>
        </message>
        <message>
            <source>Cannot flush the encoder: %1</source>
            <translation>No se puede vaciar el codificador: %1</translation>
        </message>
        <message>
            <source>Cannot finish the MP4 file: %1</source>
            <translation>No se puede finalizar el archivo MP4: %1</translation>
        </message>
        <message>
            <source>Encoding failed: %1</source>
            <translation>Falló la codificación: %1</translation>
        </message>
        <message>
            <source>Cannot write to the MP4 file: %1</source>
            <translation>No se puede escribir en el archivo MP4: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n files and folders</source>
            <translation>
                <numerusform>%n archivo o carpeta</numerusform>
                <numerusform>%n archivos y carpetas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManagedStore</name>
        <message>
            <source>Cannot create the managed store folder %1: %2</source>
            <translation>No se puede crear la carpeta del almacenamiento gestionado %1: %2</translation>
        </message>
        <message>
            <source>Cannot read the free space of the managed store %1: %2</source>
            <translation>No se puede leer el espacio libre del almacenamiento gestionado %1: %2</translation>
        </message>
        <message>
            <source>Not enough free space to copy the files into the managed store %1: %2 MB needed, %3 MB free. Nothing was imported; free some space or import the files in place.</source>
            <translation>No hay espacio libre suficiente para copiar los archivos en el almacenamiento gestionado %1: se necesitan %2 MB, hay %3 MB libres. No se importó nada; libere espacio o importe los archivos en su ubicación.</translation>
        </message>
        <message>
            <source>Cannot create a folder in the managed store: %1</source>
            <translation>No se puede crear una carpeta en el almacenamiento gestionado: %1</translation>
        </message>
        <message>
            <source>Cannot read the file to copy it: %1</source>
            <translation>No se puede leer el archivo para copiarlo: %1</translation>
        </message>
        <message>
            <source>The managed store already holds a different file for SOP Instance UID %1; it was kept.</source>
            <translation>El almacenamiento gestionado ya contiene otro archivo para el SOP Instance UID %1; se conservó.</translation>
        </message>
        <message>
            <source>Cannot write into the managed store: %1</source>
            <translation>No se puede escribir en el almacenamiento gestionado: %1</translation>
        </message>
        <message>
            <source>Copying into the managed store failed: %1</source>
            <translation>Falló la copia en el almacenamiento gestionado: %1</translation>
        </message>
    </context>
    <context>
        <name>MeasurementReportReader</name>
        <message>
            <source>the report has no "Imaging Measurements" container (it is not a TID 1500 measurement report)</source>
            <translation>el informe no tiene un contenedor "Imaging Measurements" (no es un informe de mediciones TID 1500)</translation>
        </message>
    </context>
    <context>
        <name>MeasurementReportWriter</name>
        <message>
            <source>the language %1 is not in CID 5000</source>
            <translation>el idioma %1 no está en la CID 5000</translation>
        </message>
        <message>
            <source>cannot add the observer: %1</source>
            <translation>no se puede añadir el observador: %1</translation>
        </message>
        <message>
            <source>the procedure reported %1 is not valid</source>
            <translation>el procedimiento informado %1 no es válido</translation>
        </message>
        <message>
            <source>cannot create the image library</source>
            <translation>no se puede crear la biblioteca de imágenes</translation>
        </message>
        <message>
            <source>cannot create the image library group: %1</source>
            <translation>no se puede crear el grupo de la biblioteca de imágenes: %1</translation>
        </message>
        <message>
            <source>cannot add %1 to the image library: %2</source>
            <translation>no se puede añadir %1 a la biblioteca de imágenes: %2</translation>
        </message>
        <message>
            <source>a measurement group has no tracking identifier</source>
            <translation>un grupo de mediciones no tiene identificador de seguimiento</translation>
        </message>
        <message>
            <source>measurement group "%1" has no measurement</source>
            <translation>el grupo de mediciones "%1" no tiene ninguna medición</translation>
        </message>
        <message>
            <source>cannot add measurement group "%1"</source>
            <translation>no se puede añadir el grupo de mediciones "%1"</translation>
        </message>
        <message>
            <source>measurement group "%1": invalid tracking identifier, UID, finding or site</source>
            <translation>grupo de mediciones "%1": identificador de seguimiento, UID, hallazgo o localización no válidos</translation>
        </message>
        <message>
            <source>measurement "%1" of "%2": %3</source>
            <translation>medición "%1" de "%2": %3</translation>
        </message>
        <message>
            <source>derivation "%1" is not valid</source>
            <translation>la derivación "%1" no es válida</translation>
        </message>
        <message>
            <source>measurement "%1" has a region but no image</source>
            <translation>la medición "%1" tiene una región pero ninguna imagen</translation>
        </message>
        <message>
            <source>%1 is not an SR graphic type</source>
            <translation>%1 no es un tipo gráfico SR</translation>
        </message>
        <message>
            <source>the image reference of "%1": %2</source>
            <translation>la referencia de imagen de "%1": %2</translation>
        </message>
        <message>
            <source>the TID 1500 report is not valid (DCMTK's template check)</source>
            <translation>el informe TID 1500 no es válido (comprobación de plantilla de DCMTK)</translation>
        </message>
        <message>
            <source>cannot build the SR document: %1</source>
            <translation>no se puede construir el documento SR: %1</translation>
        </message>
        <message>
            <source>image %1 has no series or study UID for the evidence sequence</source>
            <translation>la imagen %1 no tiene UID de serie o de estudio para la secuencia de evidencias</translation>
        </message>
    </context>
    <context>
        <name>MediaDirectoryReader</name>
        <message>
            <source>The DICOMDIR could not be read: its directory records are malformed.</source>
            <translation>No se pudo leer el DICOMDIR: sus registros de directorio están mal formados.</translation>
        </message>
    </context>
    <context>
        <name>MediaDirectoryWriter</name>
        <message>
            <source>"%1" is not a valid DICOM file ID</source>
            <translation>"%1" no es un ID de archivo DICOM válido</translation>
        </message>
        <message>
            <source>Compressed images keep their transfer syntax; the General Purpose CD-R profile (STD-GEN-CD) expects uncompressed Explicit VR Little Endian, so some older media readers may not open them.</source>
            <translation>Las imágenes comprimidas conservan su sintaxis de transferencia; el perfil General Purpose CD-R (STD-GEN-CD) espera Explicit VR Little Endian sin comprimir, por lo que algunos lectores de soportes antiguos podrían no abrirlas.</translation>
        </message>
        <message>
            <source>Cannot create the DICOMDIR: %1</source>
            <translation>No se puede crear el DICOMDIR: %1</translation>
        </message>
        <message>
            <source>Cannot add %1 to the DICOMDIR: %2</source>
            <translation>No se puede añadir %1 al DICOMDIR: %2</translation>
        </message>
        <message>
            <source>Cannot write the DICOMDIR: %1</source>
            <translation>No se puede escribir el DICOMDIR: %1</translation>
        </message>
    </context>
    <context>
        <name>MprVolume</name>
        <message>
            <source>There is only one slice, so there is no volume to reformat.</source>
            <translation>Solo hay un corte, por lo que no hay volumen que reformatear.</translation>
        </message>
        <message>
            <source>The slices do not form a regular volume: %1</source>
            <translation>Los cortes no forman un volumen regular: %1</translation>
        </message>
        <message>
            <source>Only greyscale images can be reformatted.</source>
            <translation>Solo se pueden reformatear imágenes en escala de grises.</translation>
        </message>
        <message>
            <source>Slice %1 is %2 mm off the line through the other slices, so the slices do not form a regular volume.</source>
            <translation>El corte %1 está a %2 mm de la línea que pasa por los demás cortes, por lo que los cortes no forman un volumen regular.</translation>
        </message>
        <message>
            <source>The slices do not advance along their normal.</source>
            <translation>Los cortes no avanzan a lo largo de su normal.</translation>
        </message>
        <message>
            <source>Slice %1 could not be decoded.</source>
            <translation>No se pudo decodificar el corte %1.</translation>
        </message>
        <message>
            <source>The slice geometry is degenerate.</source>
            <translation>La geometría de los cortes es degenerada.</translation>
        </message>
        <message>
            <source>Not enough memory to reformat this series (%1 MB).</source>
            <translation>No hay memoria suficiente para reformatear esta serie (%1 MB).</translation>
        </message>
    </context>
    <context>
        <name>OfflineQueue</name>
        <message>
            <source>Cannot create the folder %1 for the offline queue.</source>
            <translation>No se puede crear la carpeta %1 para la cola sin conexión.</translation>
        </message>
        <message>
            <source>Cannot open the offline queue %1: %2</source>
            <translation>No se puede abrir la cola sin conexión %1: %2</translation>
        </message>
        <message>
            <source>Cannot prepare the offline queue %1: %2</source>
            <translation>No se puede preparar la cola sin conexión %1: %2</translation>
        </message>
    </context>
    <context>
        <name>OncologyWorkspace</name>
        <message>
            <source>unknown date</source>
            <translation>fecha desconocida</translation>
        </message>
        <message>
            <source>no readable images</source>
            <translation>no hay imágenes legibles</translation>
        </message>
    </context>
    <context>
        <name>PixelDecoder</name>
        <message>
            <source>Pixel data shorter than expected: the element holds %1 bytes, the image needs %2.</source>
            <translation>Datos de píxeles más cortos de lo esperado: el elemento contiene %1 bytes y la imagen necesita %2.</translation>
        </message>
        <message>
            <source>File cannot be opened.</source>
            <translation>No se puede abrir el archivo.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>No se puede leer el archivo.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the file ends after %1 of %2 bytes.</source>
            <translation>Datos de píxeles más cortos de lo esperado: el archivo termina tras %1 de %2 bytes.</translation>
        </message>
        <message>
            <source>Reading the pixel data failed.</source>
            <translation>Falló la lectura de los datos de píxeles.</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading it.</source>
            <translation>El archivo está mal formado: el kit de herramientas DICOM falló al leerlo.</translation>
        </message>
        <message>
            <source>The image could not be decoded (GDCM refused the pixel data).</source>
            <translation>No se pudo decodificar la imagen (GDCM rechazó los datos de píxeles).</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: %1 of %2 bytes decoded.</source>
            <translation>Datos de píxeles más cortos de lo esperado: se decodificaron %1 de %2 bytes.</translation>
        </message>
        <message>
            <source>The image could not be decoded (the codec failed).</source>
            <translation>No se pudo decodificar la imagen (falló el códec).</translation>
        </message>
        <message>
            <source>The JPEG 2000 codestream header could not be read.</source>
            <translation>No se pudo leer el encabezado del flujo de código JPEG 2000.</translation>
        </message>
        <message>
            <source>The JPEG 2000 codestream could not be decoded (damaged or truncated).</source>
            <translation>No se pudo decodificar el flujo de código JPEG 2000 (dañado o truncado).</translation>
        </message>
        <message>
            <source>The JPEG 2000 image has fewer components than Samples per Pixel.</source>
            <translation>La imagen JPEG 2000 tiene menos componentes que Samples per Pixel.</translation>
        </message>
        <message>
            <source>The JPEG 2000 precision (%1 bits) does not fit Bits Allocated %2.</source>
            <translation>La precisión JPEG 2000 (%1 bits) no se ajusta a Bits Allocated %2.</translation>
        </message>
        <message>
            <source>The JPEG 2000 image size differs from Rows/Columns.</source>
            <translation>El tamaño de la imagen JPEG 2000 difiere de Rows/Columns.</translation>
        </message>
        <message>
            <source>The object has no pixel data (not an image).</source>
            <translation>El objeto no tiene datos de píxeles (no es una imagen).</translation>
        </message>
        <message>
            <source>Rows or Columns is missing or zero.</source>
            <translation>Rows o Columns falta o es cero.</translation>
        </message>
        <message>
            <source>Bits Allocated %1 is not supported.</source>
            <translation>Bits Allocated %1 no es compatible.</translation>
        </message>
        <message>
            <source>Bits Stored %1 / High Bit %2 do not fit Bits Allocated %3.</source>
            <translation>Bits Stored %1 / High Bit %2 no se ajustan a Bits Allocated %3.</translation>
        </message>
        <message>
            <source>Samples per Pixel %1 is not supported.</source>
            <translation>Samples per Pixel %1 no es compatible.</translation>
        </message>
        <message>
            <source>Photometric Interpretation is missing or unknown.</source>
            <translation>Photometric Interpretation falta o es desconocida.</translation>
        </message>
        <message>
            <source>Samples per Pixel does not match the Photometric Interpretation.</source>
            <translation>Samples per Pixel no coincide con la Photometric Interpretation.</translation>
        </message>
        <message>
            <source>Number of Frames %1 is implausible.</source>
            <translation>Number of Frames %1 no es plausible.</translation>
        </message>
        <message>
            <source>The image dimensions are implausibly large.</source>
            <translation>Las dimensiones de la imagen son inverosímilmente grandes.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: the element holds %1 bytes, %2 frame(s) need %3.</source>
            <translation>Datos de píxeles más cortos de lo esperado: el elemento contiene %1 bytes y %2 fotograma(s) necesitan %3.</translation>
        </message>
        <message>
            <source>Transfer syntax %1 (%2) cannot be decoded.</source>
            <translation>La sintaxis de transferencia %1 (%2) no se puede decodificar.</translation>
        </message>
        <message>
            <source>Internal error: destination buffer too small.</source>
            <translation>Error interno: búfer de destino demasiado pequeño.</translation>
        </message>
        <message>
            <source>Pixel data shorter than expected: frame %1 of %2 is cut off (no end-of-image marker).</source>
            <translation>Datos de píxeles más cortos de lo esperado: el fotograma %1 de %2 está truncado (sin marcador de fin de imagen).</translation>
        </message>
    </context>
    <context>
        <name>PresentationStateReader</name>
        <message>
            <source>unknown Graphic Type "%1"</source>
            <translation>Graphic Type desconocido "%1"</translation>
        </message>
        <message>
            <source>Graphic Dimensions %1 (only 2 exists)</source>
            <translation>Graphic Dimensions %1 (solo existe 2)</translation>
        </message>
        <message>
            <source>Number of Graphic Points is %1 but Graphic Data holds %2</source>
            <translation>Number of Graphic Points es %1, pero Graphic Data contiene %2</translation>
        </message>
        <message>
            <source>%1 is not a Grayscale Softcopy Presentation State (SOP Class %2)</source>
            <translation>%1 no es un Grayscale Softcopy Presentation State (SOP Class %2)</translation>
        </message>
        <message>
            <source>%1: graphic object on layer %2: %3</source>
            <translation>%1: objeto gráfico en la capa %2: %3</translation>
        </message>
        <message>
            <source>%1: the bitmap shutter's overlay group %2 is missing or incomplete</source>
            <translation>%1: el grupo de superposición %2 del obturador de mapa de bits falta o está incompleto</translation>
        </message>
    </context>
    <context>
        <name>PresentationStateWriter</name>
        <message>
            <source>cannot write %1</source>
            <translation>no se puede escribir %1</translation>
        </message>
        <message>
            <source>cannot write a graphic object</source>
            <translation>no se puede escribir un objeto gráfico</translation>
        </message>
        <message>
            <source>cannot write the bitmap shutter</source>
            <translation>no se puede escribir el obturador de mapa de bits</translation>
        </message>
        <message>
            <source>the presentation state references no image</source>
            <translation>el estado de presentación no hace referencia a ninguna imagen</translation>
        </message>
        <message>
            <source>a referenced image lacks its SOP Class, SOP Instance or Series UID</source>
            <translation>a una imagen referenciada le falta su SOP Class, SOP Instance o Series UID</translation>
        </message>
        <message>
            <source>no displayed area (use initialStateFor to start from the images)</source>
            <translation>no hay área mostrada (use initialStateFor para partir de las imágenes)</translation>
        </message>
        <message>
            <source>rotation %1 is not 0, 90, 180 or 270 degrees</source>
            <translation>la rotación %1 no es de 0, 90, 180 ni 270 grados</translation>
        </message>
        <message>
            <source>a bitmap shutter cannot be combined with geometric shutters</source>
            <translation>un obturador de mapa de bits no se puede combinar con obturadores geométricos</translation>
        </message>
        <message>
            <source>the bitmap shutter's mask does not have rows x columns values</source>
            <translation>la máscara del obturador de mapa de bits no tiene filas x columnas valores</translation>
        </message>
        <message>
            <source>the content label must have 1 to 16 characters</source>
            <translation>la etiqueta de contenido debe tener de 1 a 16 caracteres</translation>
        </message>
        <message>
            <source>annotation layer "%1" is not in the graphic layers</source>
            <translation>la capa de anotación "%1" no está entre las capas gráficas</translation>
        </message>
        <message>
            <source>an annotation on layer "%1" has no text and no graphic</source>
            <translation>una anotación en la capa "%1" no tiene texto ni gráfico</translation>
        </message>
        <message>
            <source>text "%1" has neither a bounding box nor an anchor point</source>
            <translation>el texto "%1" no tiene cuadro delimitador ni punto de anclaje</translation>
        </message>
        <message>
            <source>%1 with %2 points</source>
            <translation>%1 con %2 puntos</translation>
        </message>
        <message>
            <source>a VOI item has neither a window nor a LUT</source>
            <translation>un elemento VOI no tiene ventana ni LUT</translation>
        </message>
        <message>
            <source>cannot write the shutter presentation value</source>
            <translation>no se puede escribir el valor de presentación del obturador</translation>
        </message>
        <message>
            <source>cannot create the displayed area</source>
            <translation>no se puede crear el área mostrada</translation>
        </message>
        <message>
            <source>cannot create the graphic annotations</source>
            <translation>no se pueden crear las anotaciones gráficas</translation>
        </message>
        <message>
            <source>cannot create a text object</source>
            <translation>no se puede crear un objeto de texto</translation>
        </message>
        <message>
            <source>cannot create a graphic object</source>
            <translation>no se puede crear un objeto gráfico</translation>
        </message>
        <message>
            <source>cannot create the graphic layers</source>
            <translation>no se pueden crear las capas gráficas</translation>
        </message>
        <message>
            <source>cannot write a layer's grey value</source>
            <translation>no se puede escribir el valor de gris de una capa</translation>
        </message>
        <message>
            <source>cannot write the rotation</source>
            <translation>no se puede escribir la rotación</translation>
        </message>
        <message>
            <source>cannot create the VOI</source>
            <translation>no se puede crear el VOI</translation>
        </message>
        <message>
            <source>cannot create the VOI LUT</source>
            <translation>no se puede crear la VOI LUT</translation>
        </message>
        <message>
            <source>cannot write the VOI LUT</source>
            <translation>no se puede escribir la VOI LUT</translation>
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
            <translation>No hay ninguna imagen en este objeto</translation>
        </message>
        <message>
            <source>The image is empty</source>
            <translation>La imagen está vacía</translation>
        </message>
    </context>
    <context>
        <name>SourceImageReader</name>
        <message>
            <source>%1 has no SOP Class or SOP Instance UID</source>
            <translation>%1 no tiene SOP Class ni SOP Instance UID</translation>
        </message>
    </context>
    <context>
        <name>StackAssembler</name>
        <message>
            <source>Slice sizes differ: rows from %1 to %2, columns from %3 to %4.</source>
            <translation>Los tamaños de los cortes difieren: filas de %1 a %2, columnas de %3 a %4.</translation>
        </message>
        <message>
            <source>Pixel spacing differs between slices, from %1 to %2 mm.</source>
            <translation>El espaciado de píxeles difiere entre cortes, de %1 a %2 mm.</translation>
        </message>
        <message>
            <source>There is only one slice, so there is no volume.</source>
            <translation>Solo hay un corte, por lo que no hay volumen.</translation>
        </message>
        <message>
            <source>The slices have %1 different orientations; the largest group has %2 of %3 slices.</source>
            <translation>Los cortes tienen %1 orientaciones distintas; el grupo mayor tiene %2 de %3 cortes.</translation>
        </message>
        <message>
            <source>The slices form %1 stacks (%2); the first has %3 slices.</source>
            <translation>Los cortes forman %1 pilas (%2); la primera tiene %3 cortes.</translation>
        </message>
        <message>
            <source>All slices of the stack are at one position, so there is no volume.</source>
            <translation>Todos los cortes de la pila están en una misma posición, por lo que no hay volumen.</translation>
        </message>
        <message>
            <source>Slice spacing varies from %1 to %2 mm (median %3 mm).</source>
            <translation>El espaciado entre cortes varía de %1 a %2 mm (mediana %3 mm).</translation>
        </message>
        <message>
            <source>The slices are offset at %1 degrees to the slice normal (gantry tilt).</source>
            <translation>Los cortes están desplazados %1 grados respecto a la normal del corte (inclinación del gantry).</translation>
        </message>
    </context>
    <context>
        <name>StructuredReportReader</name>
        <message>
            <source>%1, %2 points in frame of reference %3</source>
            <translation>%1, %2 puntos en el marco de referencia %3</translation>
        </message>
        <message>
            <source>table</source>
            <translation>tabla</translation>
        </message>
        <message>
            <source>%1 is not a structured report (no content tree)</source>
            <translation>%1 no es un informe estructurado (sin árbol de contenido)</translation>
        </message>
    </context>
    <context>
        <name>StudyBrowser</name>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n non-image object(s)</source>
            <translation>
                <numerusform>%n objeto sin imagen</numerusform>
                <numerusform>%n objetos sin imagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>%n archivo rechazado</numerusform>
                <numerusform>%n archivos rechazados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudyExporter</name>
        <message>
            <source>The catalog has no study with Study Instance UID %1</source>
            <translation>El catálogo no tiene ningún estudio con Study Instance UID %1</translation>
        </message>
        <message>
            <source>%1 of the %2 instances of study %3 have no file on this workstation</source>
            <translation>%1 de las %2 instancias del estudio %3 no tienen archivo en esta estación de trabajo</translation>
        </message>
        <message>
            <source>Study %1 has no instances in the catalog</source>
            <translation>El estudio %1 no tiene instancias en el catálogo</translation>
        </message>
        <message>
            <source>There are no files to export</source>
            <translation>No hay archivos para exportar</translation>
        </message>
        <message>
            <source>No target folder was given</source>
            <translation>No se indicó ninguna carpeta de destino</translation>
        </message>
        <message>
            <source>%1 exists and is not a folder</source>
            <translation>%1 existe y no es una carpeta</translation>
        </message>
        <message>
            <source>%1 already exists and is not empty: choose a new folder</source>
            <translation>%1 ya existe y no está vacía: elija una carpeta nueva</translation>
        </message>
        <message>
            <source>The folder %1 does not exist</source>
            <translation>La carpeta %1 no existe</translation>
        </message>
        <message>
            <source>%1 already exists</source>
            <translation>%1 ya existe</translation>
        </message>
        <message>
            <source>The ISO image cannot be written inside the exported folder %1</source>
            <translation>La imagen ISO no se puede escribir dentro de la carpeta exportada %1</translation>
        </message>
        <message>
            <source>No ISO image tool is installed (install the xorriso or genisoimage package)</source>
            <translation>No hay ninguna herramienta de imágenes ISO instalada (instale el paquete xorriso o genisoimage)</translation>
        </message>
        <message>
            <source>Cannot write in %1: %2</source>
            <translation>No se puede escribir en %1: %2</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was written</source>
            <translation>Se canceló la exportación; no se escribió nada</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a DICOM instance (no SOP Class or SOP Instance UID)</source>
            <translation>%1 no es una instancia DICOM (sin SOP Class ni SOP Instance UID)</translation>
        </message>
        <message>
            <source>%1 holds an instance already exported (%2): skipped</source>
            <translation>%1 contiene una instancia ya exportada (%2): omitida</translation>
        </message>
        <message>
            <source>Cannot de-identify %1: %2</source>
            <translation>No se puede desidentificar %1: %2</translation>
        </message>
        <message>
            <source>Cannot create a folder in %1</source>
            <translation>No se puede crear una carpeta en %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>%1 %2 image(s) of series %3 may show identifying text burned into the pixels (Burned In Annotation is YES or absent): the pixels are not cleaned, check them before sharing</source>
            <translation>%1 %2 imagen(es) de la serie %3 pueden mostrar texto identificativo incrustado en los píxeles (Burned In Annotation es YES o falta): los píxeles no se limpian; revíselos antes de compartirlos</translation>
        </message>
        <message>
            <source>Cannot move the ISO image to %1</source>
            <translation>No se puede mover la imagen ISO a %1</translation>
        </message>
        <message>
            <source>Cannot replace the empty folder %1</source>
            <translation>No se puede reemplazar la carpeta vacía %1</translation>
        </message>
        <message>
            <source>Cannot move the exported files to %1</source>
            <translation>No se pueden mover los archivos exportados a %1</translation>
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
            <translation>Sagital</translation>
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
            <translation>Promedio</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditCommands</name>
        <message>
            <source>The audit trail: who opened, exported, sent, retrieved or deleted which study, and when.</source>
            <translation>El registro de auditoría: quién abrió, exportó, envió, recuperó o eliminó qué estudio, y cuándo.</translation>
        </message>
        <message>
            <source>Catalog database file or postgresql:// URL.</source>
            <translation>Archivo de base de datos del catálogo o URL postgresql://.</translation>
        </message>
        <message>
            <source>From this date or time (ISO 8601, local time unless a zone is given).</source>
            <translation>Desde esta fecha u hora (ISO 8601, hora local salvo que se indique una zona).</translation>
        </message>
        <message>
            <source>Up to this date (whole day) or time.</source>
            <translation>Hasta esta fecha (día completo) u hora.</translation>
        </message>
        <message>
            <source>Events of this user only.</source>
            <translation>Solo eventos de este usuario.</translation>
        </message>
        <message>
            <source>Events of this Study Instance UID only.</source>
            <translation>Solo eventos de este Study Instance UID.</translation>
        </message>
        <message>
            <source>Events of this action only (StudyOpened, StudySent...).</source>
            <translation>Solo eventos de esta acción (StudyOpened, StudySent...).</translation>
        </message>
        <message>
            <source>At most N events, newest first (default 100).</source>
            <translation>Como máximo N eventos, los más recientes primero (predeterminado 100).</translation>
        </message>
        <message>
            <source>List the events.</source>
            <translation>Listar los eventos.</translation>
        </message>
        <message>
            <source>usage: continuum audit list [--from ISO --to ISO --user U --study UID --action NAME --limit N] [--catalog FILE]</source>
            <translation>uso: continuum audit list [--from ISO --to ISO --user U --study UID --action NOMBRE --limit N] [--catalog ARCHIVO]</translation>
        </message>
        <message>
            <source>--from needs an ISO 8601 date or time, such as 2026-03-01 or 2026-03-01T08:00</source>
            <translation>--from necesita una fecha u hora ISO 8601, como 2026-03-01 o 2026-03-01T08:00</translation>
        </message>
        <message>
            <source>--to needs an ISO 8601 date or time, such as 2026-03-31</source>
            <translation>--to necesita una fecha u hora ISO 8601, como 2026-03-31</translation>
        </message>
        <message>
            <source>unknown action %1</source>
            <translation>acción desconocida %1</translation>
        </message>
        <message>
            <source>--limit needs a positive number</source>
            <translation>--limit necesita un número positivo</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>no se puede abrir el catálogo %1: %2</translation>
        </message>
        <message>
            <source>time</source>
            <translation>hora</translation>
        </message>
        <message>
            <source>user</source>
            <translation>usuario</translation>
        </message>
        <message>
            <source>action</source>
            <translation>acción</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <source>study</source>
            <translation>estudio</translation>
        </message>
        <message>
            <source>node / detail</source>
            <translation>nodo / detalle</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditController</name>
        <message>
            <source>The audit trail could not record an event: %1</source>
            <translation>No se pudo anotar un evento en el registro de auditoría: %1</translation>
        </message>
        <message>
            <source>Managed store within its limits (%1).</source>
            <translation>Almacenamiento gestionado dentro de sus límites (%1).</translation>
        </message>
        <message numerus="yes">
            <source>Managed store: %n stud(ies) not used recently removed from this computer (%1 freed); they can be retrieved again.</source>
            <translation>
                <numerusform>Almacenamiento gestionado: se eliminó de este equipo %n estudio no usado recientemente (%1 liberados); se puede volver a recuperar.</numerusform>
                <numerusform>Almacenamiento gestionado: se eliminaron de este equipo %n estudios no usados recientemente (%1 liberados); se pueden volver a recuperar.</numerusform>
            </translation>
        </message>
        <message>
            <source>The store is still over its size limit: what remains is unsent work, open, or copied from media.</source>
            <translation>El almacenamiento sigue por encima de su límite de tamaño: lo que queda es trabajo no enviado, abierto o copiado de soportes.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>Events from this day on (any: no bound)</source>
            <translation>Eventos a partir de este día (cualquiera: sin límite)</translation>
        </message>
        <message>
            <source>Events up to this day (any: no bound)</source>
            <translation>Eventos hasta este día (cualquiera: sin límite)</translation>
        </message>
        <message>
            <source>User (exact name, empty: any)</source>
            <translation>Usuario (nombre exacto; vacío: cualquiera)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Cualquier acción</translation>
        </message>
        <message>
            <source>Study instance UID or patient ID (exact, empty: any)</source>
            <translation>Study Instance UID o ID de paciente (exacto; vacío: cualquiera)</translation>
        </message>
        <message>
            <source>Study UID or patient ID</source>
            <translation>UID de estudio o ID de paciente</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Acción:</translation>
        </message>
        <message>
            <source>&amp;Study or patient:</source>
            <translation>&amp;Estudio o paciente:</translation>
        </message>
        <message>
            <source>Audit events, newest first</source>
            <translation>Eventos de auditoría, los más recientes primero</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the selected events, or all shown when none is selected</source>
            <translation>Copiar los eventos seleccionados, o todos los mostrados si no hay ninguno seleccionado</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <source>Export the events shown to a CSV file</source>
            <translation>Exportar los eventos mostrados a un archivo CSV</translation>
        </message>
        <message>
            <source>Close the audit log</source>
            <translation>Cerrar el registro de auditoría</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n event(s) shown; narrow the filter to see older ones.</source>
            <translation>
                <numerusform>Se muestra el evento más reciente (%n); restrinja el filtro para ver los anteriores.</numerusform>
                <numerusform>Se muestran los %n eventos más recientes; restrinja el filtro para ver los anteriores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s).</source>
            <translation>
                <numerusform>%n evento.</numerusform>
                <numerusform>%n eventos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) copied.</source>
            <translation>
                <numerusform>%n evento copiado.</numerusform>
                <numerusform>%n eventos copiados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Exportar el registro de auditoría</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) written to %1.</source>
            <translation>
                <numerusform>%n evento escrito en %1.</numerusform>
                <numerusform>%n eventos escritos en %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::AuditLogModel</name>
        <message>
            <source>Study opened</source>
            <translation>Estudio abierto</translation>
        </message>
        <message>
            <source>Study exported</source>
            <translation>Estudio exportado</translation>
        </message>
        <message>
            <source>Study sent</source>
            <translation>Estudio enviado</translation>
        </message>
        <message>
            <source>Study retrieved</source>
            <translation>Estudio recuperado</translation>
        </message>
        <message>
            <source>Study imported</source>
            <translation>Estudio importado</translation>
        </message>
        <message>
            <source>Study deleted</source>
            <translation>Estudio eliminado</translation>
        </message>
        <message>
            <source>User switched</source>
            <translation>Cambio de usuario</translation>
        </message>
        <message>
            <source>Session locked</source>
            <translation>Sesión bloqueada</translation>
        </message>
        <message>
            <source>Session unlocked</source>
            <translation>Sesión desbloqueada</translation>
        </message>
        <message>
            <source>Viewer started</source>
            <translation>Visor iniciado</translation>
        </message>
        <message>
            <source>Viewer stopped</source>
            <translation>Visor detenido</translation>
        </message>
        <message>
            <source>Success</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <source>Minor failure</source>
            <translation>Fallo menor</translation>
        </message>
        <message>
            <source>Serious failure</source>
            <translation>Fallo grave</translation>
        </message>
        <message>
            <source>Major failure</source>
            <translation>Fallo crítico</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Estación de trabajo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Estudio</translation>
        </message>
        <message>
            <source>Node or destination</source>
            <translation>Nodo o destino</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CardiologyWorkspace</name>
        <message>
            <source>Cardiology workspace</source>
            <translation>Espacio de trabajo de cardiología</translation>
        </message>
        <message>
            <source>&amp;Cine loops</source>
            <translation>&amp;Bucles de cine</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Bucle</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Fotogramas</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Fecha del estudio</translation>
        </message>
        <message>
            <source>Cine loops of the patient</source>
            <translation>Bucles de cine del paciente</translation>
        </message>
        <message>
            <source>Select up to %1 loops, then press Enter or double-click to play them in step.</source>
            <translation>Seleccione hasta %1 bucles y pulse Intro o haga doble clic para reproducirlos sincronizados.</translation>
        </message>
        <message>
            <source>Workspace status</source>
            <translation>Estado del espacio de trabajo</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export loop as MP4…</source>
            <translation>Exportar bucle como MP4…</translation>
        </message>
        <message>
            <source>One pass of the current loop as H.264 video at the loop's own frame times, grey levels as shown.</source>
            <translation>Una pasada del bucle actual como vídeo H.264 con los tiempos de fotograma propios del bucle y los niveles de gris tal como se muestran.</translation>
        </message>
        <message>
            <source>Save frame as PNG…</source>
            <translation>Guardar fotograma como PNG…</translation>
        </message>
        <message>
            <source>The frame on screen of the current loop, as shown.</source>
            <translation>El fotograma en pantalla del bucle actual, tal como se muestra.</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medir</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <source>Drag on the loop (or click two points) to measure a length on the frame on screen.</source>
            <translation>Arrastre sobre el bucle (o haga clic en dos puntos) para medir una longitud en el fotograma en pantalla.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Click the outline's points on the loop; double-click or Enter closes it, Esc cancels. On a frame marked ED or ES, trace from one mitral hinge round the apex to the other.</source>
            <translation>Haga clic en los puntos del contorno sobre el bucle; doble clic o Intro lo cierra, Esc cancela. En un fotograma marcado como TD o TS, trace desde una bisagra mitral, rodeando el ápex, hasta la otra.</translation>
        </message>
        <message>
            <source>Mark ED</source>
            <translation>Marcar TD</translation>
        </message>
        <message>
            <source>Mark (or unmark) the frame on screen as end diastole.</source>
            <translation>Marcar (o desmarcar) el fotograma en pantalla como telediástole.</translation>
        </message>
        <message>
            <source>Mark ES</source>
            <translation>Marcar TS</translation>
        </message>
        <message>
            <source>Mark (or unmark) the frame on screen as end systole.</source>
            <translation>Marcar (o desmarcar) el fotograma en pantalla como telesístole.</translation>
        </message>
        <message>
            <source>&amp;View of this loop</source>
            <translation>&amp;Vista de este bucle</translation>
        </message>
        <message>
            <source>not an apical LV view</source>
            <translation>no es una vista apical del VI</translation>
        </message>
        <message>
            <source>Apical view of the current loop</source>
            <translation>Vista apical del bucle actual</translation>
        </message>
        <message>
            <source>Measurements of the current loop</source>
            <translation>Mediciones del bucle actual</translation>
        </message>
        <message>
            <source>Measuring status</source>
            <translation>Estado de la medición</translation>
        </message>
        <message>
            <source>LV function</source>
            <translation>Función del VI</translation>
        </message>
        <message>
            <source>No cine loops for this patient.</source>
            <translation>No hay bucles de cine para este paciente.</translation>
        </message>
        <message numerus="yes">
            <source>%n cine loop(s).</source>
            <translation>
                <numerusform>%n bucle de cine.</numerusform>
                <numerusform>%n bucles de cine.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the first %1 selected loops are shown.</source>
            <translation>Solo se muestran los %1 primeros bucles seleccionados.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Length: drag on the loop; playback pauses on the frame measured.</source>
            <translation>Longitud: arrastre sobre el bucle; la reproducción se pausa en el fotograma medido.</translation>
        </message>
        <message>
            <source>Area: click the points, double-click or Enter to close, Esc to cancel.</source>
            <translation>Área: haga clic en los puntos; doble clic o Intro para cerrar, Esc para cancelar.</translation>
        </message>
        <message>
            <source>(calibration unreadable: %1)</source>
            <translation>(calibración ilegible: %1)</translation>
        </message>
        <message>
            <source>= LV contour, %1</source>
            <translation>= contorno del VI, %1</translation>
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
            <translation>No hay ningún bucle para exportar.</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Exportando %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export cancelled; no file written.</source>
            <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>The loop could not be exported: %1</source>
            <translation>No se pudo exportar el bucle: %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n frame(s), %1 s, to %2.</source>
            <translation>
                <numerusform>Se exportó %n fotograma, %1 s, a %2.</numerusform>
                <numerusform>Se exportaron %n fotogramas, %1 s, a %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>No frame on screen to save.</source>
            <translation>No hay ningún fotograma en pantalla para guardar.</translation>
        </message>
        <message>
            <source>The frame could not be saved: %1</source>
            <translation>No se pudo guardar el fotograma: %1</translation>
        </message>
        <message>
            <source>Frame %1 saved to %2.</source>
            <translation>Fotograma %1 guardado en %2.</translation>
        </message>
        <message>
            <source>Export loop as MP4</source>
            <translation>Exportar bucle como MP4</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>Vídeo MP4 (*.mp4)</translation>
        </message>
        <message>
            <source>Save frame as PNG</source>
            <translation>Guardar fotograma como PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CatalogBrowserPanel</name>
        <message>
            <source>Search patient name, patient ID or accession</source>
            <translation>Buscar nombre del paciente, ID de paciente o número de acceso</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Todas las fechas</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>From - to</source>
            <translation>Desde - hasta</translation>
        </message>
        <message>
            <source>All modalities</source>
            <translation>Todas las modalidades</translation>
        </message>
        <message>
            <source>&amp;Import...</source>
            <translation>&amp;Importar...</translation>
        </message>
        <message>
            <source>Studies: %1</source>
            <translation>Estudios: %1</translation>
        </message>
        <message>
            <source>Select a study to see its series.</source>
            <translation>Seleccione un estudio para ver sus series.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n series (double-click a study to open it, a series to open only that series)</source>
            <translation>
                <numerusform>%1: %n serie (doble clic en un estudio para abrirlo, en una serie para abrir solo esa serie)</numerusform>
                <numerusform>%1: %n series (doble clic en un estudio para abrirlo, en una serie para abrir solo esa serie)</numerusform>
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
                <numerusform>%n imagen</numerusform>
                <numerusform>%n imágenes</numerusform>
            </translation>
        </message>
        <message>
            <source>Incomplete: the import of this series did not finish, more files may exist. Import the same files again to complete it.</source>
            <translation>Incompleta: la importación de esta serie no terminó y puede haber más archivos. Importe de nuevo los mismos archivos para completarla.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this series are missing on disk.</source>
            <translation>
                <numerusform>Falta en el disco %n archivo de esta serie.</numerusform>
                <numerusform>Faltan en el disco %n archivos de esta serie.</numerusform>
            </translation>
        </message>
        <message>
            <source>This series holds no image (%1).</source>
            <translation>Esta serie no contiene ninguna imagen (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n faltante</numerusform>
                <numerusform>%n faltantes</numerusform>
            </translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incompleta</translation>
        </message>
        <message>
            <source>no image</source>
            <translation>sin imagen</translation>
        </message>
        <message>
            <source>files missing</source>
            <translation>faltan archivos</translation>
        </message>
        <message>
            <source>loading...</source>
            <translation>cargando...</translation>
        </message>
        <message>
            <source>cannot show</source>
            <translation>no se puede mostrar</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CatalogSettingsPage</name>
        <message>
            <source>The study catalog lists the studies this viewer knows. Keep it in a file on this computer, or share one PostgreSQL database within the department.</source>
            <translation>El catálogo de estudios lista los estudios que conoce este visor. Guárdelo en un archivo en este equipo o comparta una base de datos PostgreSQL dentro del servicio.</translation>
        </message>
        <message>
            <source>Catalog location</source>
            <translation>Ubicación del catálogo</translation>
        </message>
        <message>
            <source>A full file path, or postgresql://user@host:port/database. Empty: the default catalog.</source>
            <translation>Una ruta de archivo completa, o postgresql://usuario@host:puerto/basededatos. Vacío: el catálogo predeterminado.</translation>
        </message>
        <message>
            <source>Choose &amp;file...</source>
            <translation>Elegir &amp;archivo...</translation>
        </message>
        <message>
            <source>Choose a catalog file</source>
            <translation>Elegir un archivo de catálogo</translation>
        </message>
        <message>
            <source>Catalog &amp;location:</source>
            <translation>&amp;Ubicación del catálogo:</translation>
        </message>
        <message>
            <source>Examples: /srv/continuum/catalog.sqlite, postgresql://reader@pacs-db.example.org:5432/continuum?sslmode=require

The password of a shared catalog is never stored in the settings: the viewer asks for it when the server wants one and keeps it in the desktop keyring.

A new location takes effect at the next start of the viewer. The --catalog option and the CONTINUUM_CATALOG environment variable take precedence over this setting.</source>
            <translation>Ejemplos: /srv/continuum/catalog.sqlite, postgresql://reader@pacs-db.example.org:5432/continuum?sslmode=require

La contraseña de un catálogo compartido nunca se guarda en la configuración: el visor la solicita cuando el servidor la pide y la guarda en el llavero del escritorio.

Una nueva ubicación se aplica en el siguiente inicio del visor. La opción --catalog y la variable de entorno CONTINUUM_CATALOG tienen prioridad sobre esta configuración.</translation>
        </message>
        <message>
            <source>Catalog location: %1</source>
            <translation>Ubicación del catálogo: %1</translation>
        </message>
        <message>
            <source>Catalog file</source>
            <translation>Archivo de catálogo</translation>
        </message>
        <message>
            <source>SQLite catalog (*.sqlite *.db);;All files (*)</source>
            <translation>Catálogo SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The default catalog: %1</source>
            <translation>El catálogo predeterminado: %1</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>No válido: %1</translation>
        </message>
        <message>
            <source>Shared PostgreSQL catalog: database %1 on %2, port %3</source>
            <translation>Catálogo PostgreSQL compartido: base de datos %1 en %2, puerto %3</translation>
        </message>
        <message>
            <source>, user %1</source>
            <translation>, usuario %1</translation>
        </message>
        <message>
            <source>The password in the URL will not be stored: the viewer asks for it and keeps it in the keyring.</source>
            <translation>La contraseña de la URL no se guardará: el visor la solicita y la guarda en el llavero.</translation>
        </message>
        <message>
            <source>Catalog file on this computer.</source>
            <translation>Archivo de catálogo en este equipo.</translation>
        </message>
        <message>
            <source>Catalog file on this computer (created at the next start).</source>
            <translation>Archivo de catálogo en este equipo (se crea en el siguiente inicio).</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineControlBar</name>
        <message>
            <source>Cine controls</source>
            <translation>Controles de cine</translation>
        </message>
        <message>
            <source>First frame</source>
            <translation>Primer fotograma</translation>
        </message>
        <message>
            <source>Previous frame</source>
            <translation>Fotograma anterior</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Next frame</source>
            <translation>Fotograma siguiente</translation>
        </message>
        <message>
            <source>Last frame</source>
            <translation>Último fotograma</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>Bucle</translation>
        </message>
        <message>
            <source>Bounce</source>
            <translation>Ida y vuelta</translation>
        </message>
        <message>
            <source>Playback sequence</source>
            <translation>Secuencia de reproducción</translation>
        </message>
        <message>
            <source>Loop: first to last, again. Bounce: first to last and back.</source>
            <translation>Bucle: del primero al último, y de nuevo. Ida y vuelta: del primero al último y de regreso.</translation>
        </message>
        <message>
            <source>&amp;Speed</source>
            <translation>&amp;Velocidad</translation>
        </message>
        <message>
            <source>%1x</source>
            <translation>%1x</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Velocidad de reproducción</translation>
        </message>
        <message>
            <source>&amp;Override rate</source>
            <translation>&amp;Forzar frecuencia</translation>
        </message>
        <message>
            <source>Override the file's frame rate</source>
            <translation>Forzar la frecuencia de fotogramas del archivo</translation>
        </message>
        <message>
            <source> fps</source>
            <translation> fps</translation>
        </message>
        <message>
            <source>Override frame rate</source>
            <translation>Forzar frecuencia de fotogramas</translation>
        </message>
        <message>
            <source>Frame rate and its source</source>
            <translation>Frecuencia de fotogramas y su origen</translation>
        </message>
        <message>
            <source>Dropped frames</source>
            <translation>Fotogramas perdidos</translation>
        </message>
        <message>
            <source>Frames whose time passed before they reached the screen. While the loop plays, they are counted in its bottom-right corner; here when it stops.</source>
            <translation>Imágenes cuyo momento pasó antes de llegar a la pantalla. Mientras el bucle se reproduce, se cuentan en su esquina inferior derecha; aquí, cuando se detiene.</translation>
        </message>
        <message>
            <source>No loop</source>
            <translation>Sin bucle</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <translation>Perdidos: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineGridView</name>
        <message>
            <source>Cine loops</source>
            <translation>Bucles de cine</translation>
        </message>
        <message>
            <source>&amp;Layout</source>
            <translation>&amp;Disposición</translation>
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
            <translation>Disposición de los bucles</translation>
        </message>
        <message>
            <source>Mark end diastole</source>
            <translation>Marcar telediástole</translation>
        </message>
        <message>
            <source>Clear end-diastole marks</source>
            <translation>Borrar las marcas de telediástole</translation>
        </message>
        <message>
            <source>whole loop as one beat (no ECG)</source>
            <translation>bucle completo como un latido (sin ECG)</translation>
        </message>
        <message>
            <source>Beat source</source>
            <translation>Origen de los latidos</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineSettingsPage</name>
        <message>
            <source>Cine memory budget per viewport, in mebibytes</source>
            <translation>Memoria de cine por visor, en mebibytes</translation>
        </message>
        <message>
            <source> MiB</source>
            <translation> MiB</translation>
        </message>
        <message>
            <source>Cine &amp;memory per viewport:</source>
            <translation>&amp;Memoria de cine por visor:</translation>
        </message>
        <message>
            <source>Each cine viewport decodes frames ahead of the play position and keeps as many as this memory holds: more memory lets longer loops play without decoding again. A grid of cine viewports uses this much for each. The default is %1 MiB. A new budget applies to the next loop opened.</source>
            <translation>Cada visor de cine decodifica fotogramas por delante de la posición de reproducción y conserva tantos como quepan en esta memoria: más memoria permite reproducir bucles más largos sin volver a decodificar. Una cuadrícula de visores de cine usa esta cantidad en cada uno. El valor predeterminado es %1 MiB. Un nuevo límite se aplica al siguiente bucle que se abra.</translation>
        </message>
        <message>
            <source>Cine memory: %1</source>
            <translation>Memoria de cine: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::CineToolsStore</name>
        <message>
            <source>The measurements stored for this loop by %1 cannot be read: %2</source>
            <translation>No se pueden leer las mediciones guardadas para este bucle por %1: %2</translation>
        </message>
        <message>
            <source>The loop's study is not in the catalog: its measurements are not kept.</source>
            <translation>El estudio del bucle no está en el catálogo: sus mediciones no se conservan.</translation>
        </message>
        <message>
            <source>Not saved: %1 changed this loop's measurements at %2. Reopen the loop to see them.</source>
            <translation>No guardado: %1 modificó las mediciones de este bucle el %2. Vuelva a abrir el bucle para verlas.</translation>
        </message>
        <message>
            <source>The loop's measurements were not saved: %1</source>
            <translation>No se guardaron las mediciones del bucle: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::EcgTraceWidget</name>
        <message>
            <source>ECG: cursor at the current frame, green marks at the R waves</source>
            <translation>ECG: cursor en el fotograma actual, marcas verdes en las ondas R</translation>
        </message>
        <message>
            <source>No ECG waveform in this study</source>
            <translation>No hay trazado de ECG en este estudio</translation>
        </message>
        <message>
            <source>%1   %2 mV / %3 ms per large box</source>
            <translation>%1   %2 mV / %3 ms por cuadro grande</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ExportStudyDialog</name>
        <message>
            <source>Export Study</source>
            <translation>Exportar estudio</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n instance(s)</source>
            <translation>
                <numerusform>%1 — %n instancia</numerusform>
                <numerusform>%1 — %n instancias</numerusform>
            </translation>
        </message>
        <message>
            <source>A new or empty folder</source>
            <translation>Una carpeta nueva o vacía</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportar a</translation>
        </message>
        <message>
            <source>Anonymize (DICOM PS3.15 Basic Application Level Confidentiality Profile)</source>
            <translation>Anonimizar (DICOM PS3.15 Basic Application Level Confidentiality Profile)</translation>
        </message>
        <message>
            <source>a new ANON-… ID</source>
            <translation>un ID ANON-… nuevo</translation>
        </message>
        <message>
            <source>Keep dates and times (Retain Longitudinal Temporal Information, Full Dates)</source>
            <translation>Conservar fechas y horas (Retain Longitudinal Temporal Information, Full Dates)</translation>
        </message>
        <message>
            <source>Keep UIDs (Retain UIDs)</source>
            <translation>Conservar los UID (Retain UIDs)</translation>
        </message>
        <message>
            <source>Patient name:</source>
            <translation>Nombre del paciente:</translation>
        </message>
        <message>
            <source>Patient ID:</source>
            <translation>ID de paciente:</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Soporte</translation>
        </message>
        <message>
            <source>Write a DICOMDIR (for CD, DVD or USB)</source>
            <translation>Escribir un DICOMDIR (para CD, DVD o USB)</translation>
        </message>
        <message>
            <source>Also write an ISO image:</source>
            <translation>Escribir también una imagen ISO:</translation>
        </message>
        <message>
            <source>study.iso</source>
            <translation>estudio.iso</translation>
        </message>
        <message>
            <source>ISO image</source>
            <translation>Imagen ISO</translation>
        </message>
        <message>
            <source>ISO images (*.iso)</source>
            <translation>Imágenes ISO (*.iso)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>The study has no files on this workstation.</source>
            <translation>El estudio no tiene archivos en esta estación de trabajo.</translation>
        </message>
        <message>
            <source>Choose the folder to export to.</source>
            <translation>Elija la carpeta de destino de la exportación.</translation>
        </message>
        <message>
            <source>Choose where to write the ISO image.</source>
            <translation>Elija dónde escribir la imagen ISO.</translation>
        </message>
        <message>
            <source>Patient name: %1</source>
            <translation>Nombre del paciente: %1</translation>
        </message>
        <message>
            <source>Patient ID: %1</source>
            <translation>ID de paciente: %1</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Writing the DICOMDIR…</source>
            <translation>Escribiendo el DICOMDIR…</translation>
        </message>
        <message>
            <source>Writing the ISO image…</source>
            <translation>Escribiendo la imagen ISO…</translation>
        </message>
        <message>
            <source>%1 of %2 files</source>
            <translation>%1 de %2 archivos</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n instance(s).</source>
            <translation>
                <numerusform>Se exportó %n instancia.</numerusform>
                <numerusform>Se exportaron %n instancias.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Carpeta: %1</translation>
        </message>
        <message>
            <source>Anonymized as %1 (patient ID %2)</source>
            <translation>Anonimizado como %1 (ID de paciente %2)</translation>
        </message>
        <message>
            <source>DICOMDIR: %1</source>
            <translation>DICOMDIR: %1</translation>
        </message>
        <message>
            <source>ISO image: %1</source>
            <translation>Imagen ISO: %1</translation>
        </message>
        <message>
            <source>Nothing was exported.</source>
            <translation>No se exportó nada.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Advertencia: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ImportDialog</name>
        <message>
            <source>Import into the Study Catalog</source>
            <translation>Importar al catálogo de estudios</translation>
        </message>
        <message>
            <source>Files and folders to import (folders are searched recursively):</source>
            <translation>Archivos y carpetas que se importarán (las carpetas se recorren de forma recursiva):</translation>
        </message>
        <message>
            <source>Add &amp;Files...</source>
            <translation>Añadir &amp;archivos...</translation>
        </message>
        <message>
            <source>Add F&amp;older...</source>
            <translation>Añadir &amp;carpeta...</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>How to import</source>
            <translation>Modo de importación</translation>
        </message>
        <message>
            <source>Reference the files where they are (fast; they must stay there)</source>
            <translation>Referenciar los archivos donde están (rápido; deben permanecer allí)</translation>
        </message>
        <message>
            <source>Copy into the managed store (CDs, USB sticks, network shares): %1</source>
            <translation>Copiar en el almacenamiento gestionado (CD, memorias USB, recursos de red compartidos): %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Cancel Import</source>
            <translation>&amp;Cancelar importación</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Import DICOM files</source>
            <translation>Importar archivos DICOM</translation>
        </message>
        <message>
            <source>Import a folder of DICOM files</source>
            <translation>Importar una carpeta de archivos DICOM</translation>
        </message>
        <message>
            <source>Copying into the managed store and indexing: %1</source>
            <translation>Copiando en el almacenamiento gestionado e indexando: %1</translation>
        </message>
        <message>
            <source>Indexing: %1</source>
            <translation>Indexando: %1</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Cancelando...</translation>
        </message>
        <message>
            <source>Looking for files...</source>
            <translation>Buscando archivos...</translation>
        </message>
        <message>
            <source>%1 of %2 files, %3 files/s</source>
            <translation>%1 de %2 archivos, %3 archivos/s</translation>
        </message>
        <message>
            <source>, about %1 left</source>
            <translation>, quedan unos %1</translation>
        </message>
        <message>
            <source> (cancelling after the files in flight)</source>
            <translation> (cancelando tras los archivos en curso)</translation>
        </message>
        <message numerus="yes">
            <source>%n new image(s)</source>
            <translation>
                <numerusform>%n imagen nueva</numerusform>
                <numerusform>%n imágenes nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the catalog</source>
            <translation>
                <numerusform>%n ya en el catálogo</numerusform>
                <numerusform>%n ya en el catálogo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n rechazado</numerusform>
                <numerusform>%n rechazados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitido</numerusform>
                <numerusform>%n omitidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) handled: %1.</source>
            <translation>
                <numerusform>%n archivo procesado: %1.</numerusform>
                <numerusform>%n archivos procesados: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n study(ies) added to or updated; they are selected in the study list.</source>
            <translation>
                <numerusform>Se añadió o actualizó %n estudio; está seleccionado en la lista de estudios.</numerusform>
                <numerusform>Se añadieron o actualizaron %n estudios; están seleccionados en la lista de estudios.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled after %1 of %2 files; what was written so far stays in the catalog, and importing the same files again completes it.</source>
            <translation>Importación cancelada tras %1 de %2 archivos; lo escrito hasta ahora permanece en el catálogo, y al importar de nuevo los mismos archivos se completa.</translation>
        </message>
        <message>
            <source>The catalog failed during the import: %1</source>
            <translation>El catálogo falló durante la importación: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) carry the SOP Instance UID of an instance already in the catalog but different content. Nothing was overwritten: the catalog keeps the first; check where the others come from.</source>
            <translation>
                <numerusform>%n archivo tiene el SOP Instance UID de una instancia que ya está en el catálogo, pero con distinto contenido. No se sobrescribió nada: el catálogo conserva la primera; compruebe la procedencia del otro.</numerusform>
                <numerusform>%n archivos tienen el SOP Instance UID de una instancia que ya está en el catálogo, pero con distinto contenido. No se sobrescribió nada: el catálogo conserva la primera; compruebe la procedencia de los demás.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitido</translation>
        </message>
        <message>
            <source>SOP Instance UID %1: same UID as a catalogued instance, different content</source>
            <translation>SOP Instance UID %1: mismo UID que una instancia catalogada, contenido distinto</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::IncomingStudiesReceiver</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>No se puede crear la carpeta %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LanguageSettingsPage</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>Predeterminado del sistema (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>The language of menus, messages, dates and numbers. It takes effect at the next start of the viewer.

Translations are being completed: text not yet translated appears in English.</source>
            <translation>El idioma de los menús, mensajes, fechas y números. Se aplica en el siguiente inicio del visor.

Las traducciones se están completando: el texto aún no traducido aparece en inglés.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Idioma: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LesionTableView</name>
        <message>
            <source>Organ (at most 2 target lesions per organ)</source>
            <translation>Órgano (como máximo 2 lesiones diana por órgano)</translation>
        </message>
        <message>
            <source>Lymph node: measured on its short axis</source>
            <translation>Ganglio linfático: se mide en su eje corto</translation>
        </message>
        <message>
            <source>Not RECIST 1.1 conformant: %1</source>
            <translation>No conforme con RECIST 1.1: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LockScreen</name>
        <message>
            <source>Session locked</source>
            <translation>Sesión bloqueada</translation>
        </message>
        <message>
            <source>Patient data is hidden while the viewer is locked. This is a privacy lock: it does not check a password, and whoever continues is recorded in the audit log under the name shown.</source>
            <translation>Los datos del paciente se ocultan mientras el visor está bloqueado. Es un bloqueo de privacidad: no comprueba ninguna contraseña, y quien continúe queda registrado en el registro de auditoría con el nombre mostrado.</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>Cambiar de &amp;usuario…</translation>
        </message>
        <message>
            <source>Switch the reading user and unlock</source>
            <translation>Cambiar el usuario de lectura y desbloquear</translation>
        </message>
        <message>
            <source>Continuum — locked</source>
            <translation>Continuum — bloqueado</translation>
        </message>
        <message>
            <source>Locked — %1 — since %2</source>
            <translation>Bloqueado — %1 — desde %2</translation>
        </message>
        <message>
            <source>&amp;Continue as %1</source>
            <translation>&amp;Continuar como %1</translation>
        </message>
        <message>
            <source>Unlock and continue as %1</source>
            <translation>Desbloquear y continuar como %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::LvFunctionPanel</name>
        <message>
            <source>LV function</source>
            <translation>Función del VI</translation>
        </message>
        <message>
            <source>%1: no loop</source>
            <translation>%1: sin bucle</translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>ninguno marcado</translation>
        </message>
        <message>
            <source>%1 (%2): ED frame %3; ES frame %4</source>
            <translation>%1 (%2): fotograma TD %3; fotograma TS %4</translation>
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
            <translation>FE: -</translation>
        </message>
        <message>
            <source>Missing:</source>
            <translation>Falta:</translation>
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
            <translation>No hay ningún catálogo de estudios abierto.</translation>
        </message>
        <message>
            <source>Study List</source>
            <translation>Lista de estudios</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Visor</translation>
        </message>
        <message>
            <source>Hanging protocol not loaded: %1</source>
            <translation>Protocolo de visualización no cargado: %1</translation>
        </message>
        <message>
            <source>Hanging protocol layout</source>
            <translation>Disposición del protocolo de visualización</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Disposición</translation>
        </message>
        <message>
            <source>Patient / series</source>
            <translation>Paciente / serie</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Warnings and refused files</source>
            <translation>Advertencias y archivos rechazados</translation>
        </message>
        <message>
            <source>Reports and key objects</source>
            <translation>Informes y objetos clave</translation>
        </message>
        <message>
            <source>The referenced image %1 is not among the images open.</source>
            <translation>La imagen referenciada %1 no está entre las imágenes abiertas.</translation>
        </message>
        <message>
            <source>Reports and key objects (%1)</source>
            <translation>Informes y objetos clave (%1)</translation>
        </message>
        <message>
            <source>Patient timeline</source>
            <translation>Cronología del paciente</translation>
        </message>
        <message numerus="yes">
            <source>%n selected study(ies) are only on the PACS and are being retrieved; compare again when they have arrived.</source>
            <translation>
                <numerusform>%n estudio seleccionado solo está en el PACS y se está recuperando; compare de nuevo cuando haya llegado.</numerusform>
                <numerusform>%n estudios seleccionados solo están en el PACS y se están recuperando; compare de nuevo cuando hayan llegado.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading %1/%2</source>
            <translation>Cargando %1/%2</translation>
        </message>
        <message>
            <source>All %1 images loaded</source>
            <translation>Las %1 imágenes están cargadas</translation>
        </message>
        <message>
            <source>%1 of %2 images loaded, %3 could not be decoded</source>
            <translation>%1 de %2 imágenes cargadas; %3 no se pudieron decodificar</translation>
        </message>
        <message>
            <source>This image cannot be shown: %1</source>
            <translation>Esta imagen no se puede mostrar: %1</translation>
        </message>
        <message>
            <source>Reading as %1.</source>
            <translation>Leyendo como %1.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open Files...</source>
            <translation>&amp;Abrir archivos...</translation>
        </message>
        <message>
            <source>Open &amp;Folder...</source>
            <translation>Abrir &amp;carpeta...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <source>&amp;Import into the Study Catalog...</source>
            <translation>&amp;Importar al catálogo de estudios...</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Export Study (anonymized, DICOMDIR)...</source>
            <translation>&amp;Exportar estudio (anonimizado, DICOMDIR)...</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>Co&amp;nfiguración...</translation>
        </message>
        <message>
            <source>PACS nodes saved to %1</source>
            <translation>Nodos PACS guardados en %1</translation>
        </message>
        <message>
            <source>S&amp;witch User...</source>
            <translation>Cambiar de &amp;usuario...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+U</source>
            <translation>Ctrl+Shift+U</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Study List</source>
            <translation>&amp;Lista de estudios</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>&amp;Viewer</source>
            <translation>&amp;Visor</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>&amp;Layout (hanging protocol)</source>
            <translation>&amp;Disposición (protocolo de visualización)</translation>
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <source>&amp;Reformat (MPR)</source>
            <translation>&amp;Reconstrucción (MPR)</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>&amp;Ajustar a la ventana</translation>
        </message>
        <message>
            <source>&amp;Reset Window/Level</source>
            <translation>Res&amp;tablecer ventana/nivel</translation>
        </message>
        <message>
            <source>Rotate &amp;Clockwise</source>
            <translation>&amp;Girar en sentido horario</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Rotate C&amp;ounterclockwise</source>
            <translation>Girar en sentido a&amp;ntihorario</translation>
        </message>
        <message>
            <source>Ctrl+Shift+R</source>
            <translation>Ctrl+Shift+R</translation>
        </message>
        <message>
            <source>Flip &amp;Horizontally</source>
            <translation>Voltear &amp;horizontalmente</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>Flip V&amp;ertically</source>
            <translation>Voltear v&amp;erticalmente</translation>
        </message>
        <message>
            <source>Ctrl+Shift+H</source>
            <translation>Ctrl+Shift+H</translation>
        </message>
        <message>
            <source>&amp;Invert Grey Levels</source>
            <translation>&amp;Invertir niveles de gris</translation>
        </message>
        <message>
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <source>&amp;Magnifier</source>
            <translation>Lu&amp;pa</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Window/Level (drag)</source>
            <translation>&amp;Ventana/nivel (arrastrar)</translation>
        </message>
        <message>
            <source>&amp;Select</source>
            <translation>&amp;Seleccionar</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Longitud</translation>
        </message>
        <message>
            <source>&amp;Angle</source>
            <translation>Á&amp;ngulo</translation>
        </message>
        <message>
            <source>&amp;Cobb Angle</source>
            <translation>Ángulo de &amp;Cobb</translation>
        </message>
        <message>
            <source>&amp;Ellipse ROI</source>
            <translation>ROI &amp;elíptica</translation>
        </message>
        <message>
            <source>&amp;Freehand ROI</source>
            <translation>ROI a &amp;mano alzada</translation>
        </message>
        <message>
            <source>Pixel &amp;Probe</source>
            <translation>Son&amp;da de píxel</translation>
        </message>
        <message>
            <source>&amp;Delete Selected Measurement</source>
            <translation>&amp;Borrar la medición seleccionada</translation>
        </message>
        <message>
            <source>Toggle &amp;Key Image</source>
            <translation>Marcar/desmarcar &amp;imagen clave</translation>
        </message>
        <message>
            <source>Export Key Images (&amp;KOS)...</source>
            <translation>Exportar imágenes clave (&amp;KOS)...</translation>
        </message>
        <message>
            <source>Export &amp;Presentation State (GSPS)...</source>
            <translation>Exportar estado de &amp;presentación (GSPS)...</translation>
        </message>
        <message>
            <source>&amp;Apply Presentation States</source>
            <translation>&amp;Aplicar estados de presentación</translation>
        </message>
        <message>
            <source>Mark Study &amp;Read</source>
            <translation>Marcar es&amp;tudio como leído</translation>
        </message>
        <message>
            <source>A&amp;udit Log...</source>
            <translation>Registro de a&amp;uditoría...</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Protocol</source>
            <translation>&amp;Protocolo</translation>
        </message>
        <message>
            <source>&amp;Save This Layout as a Protocol...</source>
            <translation>&amp;Guardar esta disposición como protocolo...</translation>
        </message>
        <message>
            <source>&amp;Edit the Protocol Shown...</source>
            <translation>&amp;Editar el protocolo mostrado...</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>Ve&amp;ntana</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About Continuum</source>
            <translation>&amp;Acerca de Continuum</translation>
        </message>
        <message>
            <source>About Continuum</source>
            <translation>Acerca de Continuum</translation>
        </message>
        <message>
            <source>Continuum %1: diagnostic DICOM viewer.
Mouse: wheel = slice, left drag = window/level, right drag = zoom, middle drag = pan. Keys: Home = fit, R = reset, 1-9 = window presets.</source>
            <translation>Continuum %1: visor DICOM de diagnóstico.
Ratón: rueda = corte, arrastrar con botón izquierdo = ventana/nivel, arrastrar con botón derecho = zoom, arrastrar con botón central = desplazar. Teclas: Inicio = ajustar, R = restablecer, 1-9 = ventanas predefinidas.</translation>
        </message>
        <message>
            <source>&amp;Default (from the images)</source>
            <translation>&amp;Predeterminada (según las imágenes)</translation>
        </message>
        <message>
            <source>%1 (from this image's values)</source>
            <translation>%1 (según los valores de esta imagen)</translation>
        </message>
        <message>
            <source>%1 (W %2 / L %3)</source>
            <translation>%1 (V %2 / N %3)</translation>
        </message>
        <message>
            <source>Open DICOM files</source>
            <translation>Abrir archivos DICOM</translation>
        </message>
        <message>
            <source>Open a folder of DICOM files</source>
            <translation>Abrir una carpeta de archivos DICOM</translation>
        </message>
        <message>
            <source>Open a series in the viewer first: MPR reformats the series shown there.</source>
            <translation>Abra primero una serie en el visor: la MPR reformatea la serie que se muestra allí.</translation>
        </message>
        <message>
            <source>This series cannot be reformatted: %1</source>
            <translation>Esta serie no se puede reformatear: %1</translation>
        </message>
        <message>
            <source>Multiplanar reformat: axial, coronal and sagittal</source>
            <translation>Reconstrucción multiplanar: axial, coronal y sagital</translation>
        </message>
        <message>
            <source>MPR</source>
            <translation>MPR</translation>
        </message>
        <message>
            <source>Building the volume for MPR...</source>
            <translation>Construyendo el volumen para la MPR...</translation>
        </message>
        <message>
            <source>MPR: click to move the crosshair, wheel to step, Ctrl+drag for window/level.</source>
            <translation>MPR: haga clic para mover el cursor en cruz, rueda para avanzar, Ctrl+arrastrar para ventana/nivel.</translation>
        </message>
        <message>
            <source>Preparing %1...</source>
            <translation>Preparando %1...</translation>
        </message>
        <message>
            <source>Reading %1...</source>
            <translation>Leyendo %1...</translation>
        </message>
        <message>
            <source>No image could be opened: %1</source>
            <translation>No se pudo abrir ninguna imagen: %1</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>%1 (ID %2)</source>
            <translation>%1 (ID %2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Study %1 %2</source>
            <translation>Estudio %1 %2</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Advertencia: %1</translation>
        </message>
        <message>
            <source>Refused %1: %2</source>
            <translation>Rechazado %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n file(s) that are not DICOM, e.g. %1</source>
            <translation>
                <numerusform>Se omitió %n archivo que no es DICOM, p. ej. %1</numerusform>
                <numerusform>Se omitieron %n archivos que no son DICOM, p. ej. %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Continuum - %1</source>
            <translation>Continuum - %1</translation>
        </message>
        <message>
            <source>Export into which folder?</source>
            <translation>¿En qué carpeta exportar?</translation>
        </message>
        <message>
            <source>Reading the prior studies for the layout...</source>
            <translation>Leyendo los estudios previos para la disposición...</translation>
        </message>
        <message>
            <source>Open a study to see it in its hanging-protocol layout.</source>
            <translation>Abra un estudio para verlo en la disposición de su protocolo de visualización.</translation>
        </message>
        <message>
            <source>No hanging protocol matches what is open; the Viewer tab shows its series.</source>
            <translation>Ningún protocolo de visualización coincide con lo abierto; la pestaña Visor muestra sus series.</translation>
        </message>
        <message>
            <source>%1 (my layout)</source>
            <translation>%1 (mi disposición)</translation>
        </message>
        <message>
            <source>Protocol saved: %1</source>
            <translation>Protocolo guardado: %1</translation>
        </message>
        <message>
            <source>Waiting for the study catalog to open patient %1...</source>
            <translation>Esperando a que el catálogo de estudios abra el paciente %1...</translation>
        </message>
        <message>
            <source>That study is expected but not on any archive yet.</source>
            <translation>Ese estudio está previsto, pero aún no está en ningún archivo.</translation>
        </message>
        <message>
            <source>The study catalog %1 cannot be opened: %2</source>
            <translation>No se puede abrir el catálogo de estudios %1: %2</translation>
        </message>
        <message>
            <source>Opening the study catalog %1...</source>
            <translation>Abriendo el catálogo de estudios %1...</translation>
        </message>
        <message>
            <source>The study catalog %1 cannot be opened: %2
The viewer still opens files (File &gt; Open).</source>
            <translation>No se puede abrir el catálogo de estudios %1: %2
El visor sigue pudiendo abrir archivos (Archivo &gt; Abrir).</translation>
        </message>
        <message>
            <source>The study catalog cannot be opened: %1</source>
            <translation>No se puede abrir el catálogo de estudios: %1</translation>
        </message>
        <message>
            <source>The patient cannot be opened: the study catalog cannot be opened (%1).</source>
            <translation>No se puede abrir el paciente: no se puede abrir el catálogo de estudios (%1).</translation>
        </message>
        <message>
            <source>Worklist</source>
            <translation>Lista de trabajo</translation>
        </message>
        <message>
            <source>Oncology tumor-board workspace</source>
            <translation>Espacio de trabajo del comité de tumores de oncología</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Oncología</translation>
        </message>
        <message>
            <source>Cardiology cine workspace</source>
            <translation>Espacio de trabajo de cine de cardiología</translation>
        </message>
        <message>
            <source>Cardiology</source>
            <translation>Cardiología</translation>
        </message>
        <message numerus="yes">
            <source>%n loop(s) playing in step; ECG under %1 of them.</source>
            <translation>
                <numerusform>%n bucle reproduciéndose sincronizado; ECG bajo %1 de ellos.</numerusform>
                <numerusform>%n bucles reproduciéndose sincronizados; ECG bajo %1 de ellos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loop(s) playing in step.</source>
            <translation>
                <numerusform>%n bucle reproduciéndose sincronizado.</numerusform>
                <numerusform>%n bucles reproduciéndose sincronizados.</numerusform>
            </translation>
        </message>
        <message>
            <source>PACS</source>
            <translation>PACS</translation>
        </message>
        <message>
            <source>The study was retrieved into the catalog.</source>
            <translation>El estudio se recuperó en el catálogo.</translation>
        </message>
        <message numerus="yes">
            <source>%n study(ies) received</source>
            <translation>
                <numerusform>%n estudio recibido</numerusform>
                <numerusform>%n estudios recibidos</numerusform>
            </translation>
        </message>
        <message>
            <source>No study catalog is open: nothing can be imported.</source>
            <translation>No hay ningún catálogo de estudios abierto: no se puede importar nada.</translation>
        </message>
        <message>
            <source>An import is running: wait for it or cancel it first.</source>
            <translation>Hay una importación en curso: espere a que termine o cancélela primero.</translation>
        </message>
        <message>
            <source>Select a catalogued study to export (Study List), or open one.</source>
            <translation>Seleccione un estudio catalogado para exportar (Lista de estudios) o abra uno.</translation>
        </message>
        <message>
            <source>Export Study</source>
            <translation>Exportar estudio</translation>
        </message>
        <message>
            <source>The study cannot be exported: %1</source>
            <translation>No se puede exportar el estudio: %1</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>Import finished: %n new image(s)</source>
            <translation>
                <numerusform>Importación terminada: %n imagen nueva</numerusform>
                <numerusform>Importación terminada: %n imágenes nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n file(s) of this study is on this computer any more.</source>
            <translation>
                <numerusform>El único archivo (%n) de este estudio ya no está en este equipo.</numerusform>
                <numerusform>Ninguno de los %n archivos de este estudio está ya en este equipo.</numerusform>
            </translation>
        </message>
        <message>
            <source>This study has no files to open.</source>
            <translation>Este estudio no tiene archivos para abrir.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this study are missing on disk; the other %1 are opened.</source>
            <translation>
                <numerusform>Falta en el disco %n archivo de este estudio; se abren los otros %1.</numerusform>
                <numerusform>Faltan en el disco %n archivos de este estudio; se abren los otros %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Comparing %n study(ies) with the newest as current.</source>
            <translation>
                <numerusform>Comparando %n estudio con el más reciente como actual.</numerusform>
                <numerusform>Comparando %n estudios con el más reciente como actual.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::NodeSettingsPage</name>
        <message>
            <source>Remote nodes</source>
            <translation>Nodos remotos</translation>
        </message>
        <message>
            <source>Add DIMSE</source>
            <translation>Añadir DIMSE</translation>
        </message>
        <message>
            <source>Add DICOMweb</source>
            <translation>Añadir DICOMweb</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Nodo</translation>
        </message>
        <message>
            <source>a unique name, e.g. main-pacs</source>
            <translation>un nombre único, p. ej. pacs-principal</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>DIMSE (DICOM network)</source>
            <translation>DIMSE (red DICOM)</translation>
        </message>
        <message>
            <source>DICOMweb</source>
            <translation>DICOMweb</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Tiempo de espera</translation>
        </message>
        <message>
            <source>DIMSE</source>
            <translation>DIMSE</translation>
        </message>
        <message>
            <source>called AE title</source>
            <translation>AE title llamado</translation>
        </message>
        <message>
            <source>AE title</source>
            <translation>AE title</translation>
        </message>
        <message>
            <source>host name or IP address</source>
            <translation>nombre de host o dirección IP</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Use DICOM TLS</source>
            <translation>Usar DICOM TLS</translation>
        </message>
        <message>
            <source>PEM files of the server's CA, separated by ;</source>
            <translation>Archivos PEM de la CA del servidor, separados por ;</translation>
        </message>
        <message>
            <source>Trusted certificates</source>
            <translation>Certificados de confianza</translation>
        </message>
        <message>
            <source>Verify the server's certificate</source>
            <translation>Verificar el certificado del servidor</translation>
        </message>
        <message>
            <source>optional: our client certificate (PEM)</source>
            <translation>opcional: nuestro certificado de cliente (PEM)</translation>
        </message>
        <message>
            <source>Client certificate</source>
            <translation>Certificado de cliente</translation>
        </message>
        <message>
            <source>its private key (PEM)</source>
            <translation>su clave privada (PEM)</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>Clave privada</translation>
        </message>
        <message>
            <source>leave empty to keep the saved one (or none)</source>
            <translation>dejar vacío para conservar la guardada (o ninguna)</translation>
        </message>
        <message>
            <source>Key password</source>
            <translation>Contraseña de la clave</translation>
        </message>
        <message>
            <source>C-GET (no set-up on the node)</source>
            <translation>C-GET (sin configuración en el nodo)</translation>
        </message>
        <message>
            <source>C-MOVE to our AE (the node must know our AE title, host and port)</source>
            <translation>C-MOVE a nuestro AE (el nodo debe conocer nuestro título AE, host y puerto)</translation>
        </message>
        <message>
            <source>Retrieve with</source>
            <translation>Recuperar con</translation>
        </message>
        <message>
            <source>Modality worklist server (scheduled procedures)</source>
            <translation>Servidor de lista de trabajo de modalidad (procedimientos programados)</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>URL base</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Basic (user and password)</source>
            <translation>Básica (usuario y contraseña)</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Token Bearer</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Autenticación</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>leave empty to keep the saved one</source>
            <translation>dejar vacío para conservar el guardado</translation>
        </message>
        <message>
            <source>Password or token</source>
            <translation>Contraseña o token</translation>
        </message>
        <message>
            <source>optional: extra trusted CA certificates (PEM)</source>
            <translation>opcional: certificados de CA de confianza adicionales (PEM)</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>Certificados de CA</translation>
        </message>
        <message>
            <source>This workstation</source>
            <translation>Esta estación de trabajo</translation>
        </message>
        <message>
            <source>Our AE title</source>
            <translation>Nuestro AE title</translation>
        </message>
        <message>
            <source>Our port</source>
            <translation>Nuestro puerto</translation>
        </message>
        <message>
            <source>AE titles allowed to send to us, separated by commas; empty: any</source>
            <translation>AE titles autorizados a enviarnos, separados por comas; vacío: cualquiera</translation>
        </message>
        <message>
            <source>Allowed callers</source>
            <translation>Llamantes autorizados</translation>
        </message>
        <message>
            <source>Receive studies sent to this workstation (our port stays open while Continuum runs)</source>
            <translation>Recibir los estudios enviados a esta estación (nuestro puerto queda abierto mientras Continuum funciona)</translation>
        </message>
        <message>
            <source>Receive over DICOM TLS</source>
            <translation>Recibir mediante DICOM TLS</translation>
        </message>
        <message>
            <source>our certificate (PEM)</source>
            <translation>nuestro certificado (PEM)</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>PEM files of the callers' CA, separated by ;</source>
            <translation>Archivos PEM de la CA de los llamantes, separados por ;</translation>
        </message>
        <message>
            <source>Trusted callers</source>
            <translation>Llamantes de confianza</translation>
        </message>
        <message>
            <source>Require callers to present a trusted certificate</source>
            <translation>Exigir a los llamantes un certificado de confianza</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar conexión</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) from %1</source>
            <translation>
                <numerusform>%n nodo de %1</numerusform>
                <numerusform>%n nodos de %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 does not exist yet: it is created when you save.</source>
            <translation>%1 aún no existe: se crea al guardar.</translation>
        </message>
        <message>
            <source>node "%1"</source>
            <translation>nodo "%1"</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>no nodes file chosen</source>
            <translation>no se eligió ningún archivo de nodos</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n node(s) to %1.</source>
            <translation>
                <numerusform>Se guardó %n nodo en %1.</numerusform>
                <numerusform>Se guardaron %n nodos en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passwords are kept in %1, not in the file.</source>
            <translation>Las contraseñas se guardan en %1, no en el archivo.</translation>
        </message>
        <message>
            <source>Password needed for node %1.</source>
            <translation>Se necesita la contraseña del nodo %1.</translation>
        </message>
        <message>
            <source>Token needed for node %1.</source>
            <translation>Se necesita el token del nodo %1.</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Probando la conexión con %1…</translation>
        </message>
        <message>
            <source>Connection to %1 works (%2, %3 ms).</source>
            <translation>La conexión con %1 funciona (%2, %3 ms).</translation>
        </message>
        <message>
            <source>Connection to %1 failed: %2</source>
            <translation>Falló la conexión con %1: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::OncologyWorkspace</name>
        <message>
            <source>Register to current</source>
            <translation>Corregistrar con el actual</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Prior:</source>
            <translation>Previo:</translation>
        </message>
        <message>
            <source>x (right to left)</source>
            <translation>x (derecha a izquierda)</translation>
        </message>
        <message>
            <source>y (anterior to posterior)</source>
            <translation>y (anterior a posterior)</translation>
        </message>
        <message>
            <source>z (feet to head)</source>
            <translation>z (pies a cabeza)</translation>
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
            <translation>Desplazar -</translation>
        </message>
        <message>
            <source>Shift +</source>
            <translation>Desplazar +</translation>
        </message>
        <message>
            <source>Rotate -</source>
            <translation>Girar -</translation>
        </message>
        <message>
            <source>Rotate +</source>
            <translation>Girar +</translation>
        </message>
        <message>
            <source>Save registration as DICOM...</source>
            <translation>Guardar corregistro como DICOM...</translation>
        </message>
        <message>
            <source>Adjust prior by hand along/about</source>
            <translation>Ajustar el previo manualmente a lo largo de / alrededor de</translation>
        </message>
        <message>
            <source>Organ</source>
            <translation>Órgano</translation>
        </message>
        <message>
            <source>Lymph node</source>
            <translation>Ganglio linfático</translation>
        </message>
        <message>
            <source>New lesion</source>
            <translation>Lesión nueva</translation>
        </message>
        <message>
            <source>Long axis</source>
            <translation>Eje largo</translation>
        </message>
        <message>
            <source>Short axis</source>
            <translation>Eje corto</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medir</translation>
        </message>
        <message>
            <source>Link to suggestion</source>
            <translation>Vincular a la sugerencia</translation>
        </message>
        <message>
            <source>Tumor board PDF...</source>
            <translation>PDF para el comité de tumores...</translation>
        </message>
        <message>
            <source>DICOM SR (TID 1500)...</source>
            <translation>DICOM SR (TID 1500)...</translation>
        </message>
        <message>
            <source>Lesion:</source>
            <translation>Lesión:</translation>
        </message>
        <message>
            <source>Only studies in the local catalog are offered: retrieve priors held on the PACS first.</source>
            <translation>Solo se ofrecen estudios del catálogo local: recupere primero los previos que estén en el PACS.</translation>
        </message>
        <message>
            <source>Study %1 is neither in the local catalog nor among the PACS's studies: left out.</source>
            <translation>El estudio %1 no está en el catálogo local ni entre los estudios del PACS: se excluye.</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>basal</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>seguimiento %1</translation>
        </message>
        <message>
            <source>current</source>
            <translation>actual</translation>
        </message>
        <message>
            <source>current (%1)</source>
            <translation>actual (%1)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>no %1 series</source>
            <translation>sin serie %1</translation>
        </message>
        <message>
            <source>Reading the images of %1 of %2 timepoints...</source>
            <translation>Leyendo las imágenes de %1 de %2 puntos temporales...</translation>
        </message>
        <message numerus="yes">
            <source>Retrieving %n prior(s) from the PACS...</source>
            <translation>
                <numerusform>Recuperando %n estudio previo del PACS...</numerusform>
                <numerusform>Recuperando %n estudios previos del PACS...</numerusform>
            </translation>
        </message>
        <message>
            <source>the retrieve from the PACS failed</source>
            <translation>falló la recuperación desde el PACS</translation>
        </message>
        <message>
            <source>retrieved, but the study is not in the local catalog</source>
            <translation>recuperado, pero el estudio no está en el catálogo local</translation>
        </message>
        <message>
            <source>reading images...</source>
            <translation>leyendo imágenes...</translation>
        </message>
        <message>
            <source>retrieving from the PACS...</source>
            <translation>recuperando del PACS...</translation>
        </message>
        <message>
            <source>not retrieved: %1</source>
            <translation>no recuperado: %1</translation>
        </message>
        <message>
            <source>only on the PACS (no retrieve available here)</source>
            <translation>solo en el PACS (no hay recuperación disponible aquí)</translation>
        </message>
        <message>
            <source>not shown: %1</source>
            <translation>no se muestra: %1</translation>
        </message>
        <message>
            <source>same frame of reference UID, other study:</source>
            <translation>mismo Frame of Reference UID, otro estudio:</translation>
        </message>
        <message>
            <source>treated as unregistered (slice index fraction)</source>
            <translation>tratado como no corregistrado (fracción del índice de corte)</translation>
        </message>
        <message>
            <source>unregistered: synchronized by slice index fraction</source>
            <translation>no corregistrado: sincronizado por fracción del índice de corte</translation>
        </message>
        <message>
            <source>registered by a Spatial Registration object of %1</source>
            <translation>corregistrado por un objeto Spatial Registration de %1</translation>
        </message>
        <message>
            <source>aligned by hand (saved %1 by %2)</source>
            <translation>alineado manualmente (guardado el %1 por %2)</translation>
        </message>
        <message>
            <source>registered to the current study (cached %1 by %2)</source>
            <translation>corregistrado con el estudio actual (en caché el %1 por %2)</translation>
        </message>
        <message>
            <source>%1: retrieving from the PACS...</source>
            <translation>%1: recuperando del PACS...</translation>
        </message>
        <message>
            <source>%1: not retrieved: %2</source>
            <translation>%1: no recuperado: %2</translation>
        </message>
        <message>
            <source>%1: only on the PACS; retrieve it to compare</source>
            <translation>%1: solo en el PACS; recupérelo para comparar</translation>
        </message>
        <message>
            <source>%1: not shown: %2</source>
            <translation>%1: no se muestra: %2</translation>
        </message>
        <message>
            <source>scrolling follows patient position</source>
            <translation>el desplazamiento sigue la posición del paciente</translation>
        </message>
        <message>
            <source>scrolling follows the slice index fraction</source>
            <translation>el desplazamiento sigue la fracción del índice de corte</translation>
        </message>
        <message>
            <source>unregistered</source>
            <translation>no corregistrado</translation>
        </message>
        <message>
            <source>%1: %2; %3</source>
            <translation>%1: %2; %3</translation>
        </message>
        <message>
            <source>Image %1/%2</source>
            <translation>Imagen %1/%2</translation>
        </message>
        <message>
            <source>W %1 L %2</source>
            <translation>V %1 N %2</translation>
        </message>
        <message>
            <source>Lesion %1</source>
            <translation>Lesión %1</translation>
        </message>
        <message>
            <source>No such timepoint.</source>
            <translation>No existe ese punto temporal.</translation>
        </message>
        <message>
            <source>No such lesion: %1</source>
            <translation>No existe esa lesión: %1</translation>
        </message>
        <message>
            <source>No image shown on %1.</source>
            <translation>No se muestra ninguna imagen en %1.</translation>
        </message>
        <message>
            <source>RECIST needs lengths in mm in the patient; this image measures in %1.</source>
            <translation>RECIST necesita longitudes en mm en el paciente; esta imagen mide en %1.</translation>
        </message>
        <message>
            <source>%1 on %2: %3 %4 mm</source>
            <translation>%1 en %2: %3 %4 mm</translation>
        </message>
        <message>
            <source>long axis</source>
            <translation>eje largo</translation>
        </message>
        <message>
            <source>short axis</source>
            <translation>eje corto</translation>
        </message>
        <message>
            <source>; probably %1 (%2 mm away): use "Link to suggestion"</source>
            <translation>; probablemente %1 (a %2 mm): use "Vincular a la sugerencia"</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>These lesions cannot be linked: both are measured on the same study.</source>
            <translation>Estas lesiones no se pueden vincular: ambas están medidas en el mismo estudio.</translation>
        </message>
        <message>
            <source>Not saved: %1 (changed by %2 at %3). Reopen the comparison to see their lesions; yours stay on screen until then.</source>
            <translation>No guardado: %1 (modificado por %2 el %3). Vuelva a abrir la comparación para ver sus lesiones; las suyas permanecen en pantalla hasta entonces.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>The stored lesions cannot be read: %1</source>
            <translation>No se pueden leer las lesiones guardadas: %1</translation>
        </message>
        <message>
            <source>Registration needs images on both studies.</source>
            <translation>El corregistro necesita imágenes en ambos estudios.</translation>
        </message>
        <message>
            <source>Cannot register: the current study's series is not a volume (%1).</source>
            <translation>No se puede corregistrar: la serie del estudio actual no es un volumen (%1).</translation>
        </message>
        <message>
            <source>Cannot register: the prior's series is not a volume (%1).</source>
            <translation>No se puede corregistrar: la serie del estudio previo no es un volumen (%1).</translation>
        </message>
        <message>
            <source>Registering %1 to the current study...</source>
            <translation>Corregistrando %1 con el estudio actual...</translation>
        </message>
        <message>
            <source>level %1/%2, iteration %3</source>
            <translation>nivel %1/%2, iteración %3</translation>
        </message>
        <message>
            <source>Registered: %1 degrees, %2 mm</source>
            <translation>Corregistrado: %1 grados, %2 mm</translation>
        </message>
        <message>
            <source>Registration cancelled.</source>
            <translation>Corregistro cancelado.</translation>
        </message>
        <message>
            <source>Registration failed: %1</source>
            <translation>Falló el corregistro: %1</translation>
        </message>
        <message>
            <source>The registration is used but not cached: %1</source>
            <translation>El corregistro se usa, pero no se guarda en caché: %1</translation>
        </message>
        <message>
            <source>aligned by hand</source>
            <translation>alineado manualmente</translation>
        </message>
        <message>
            <source>registered to the current study</source>
            <translation>corregistrado con el estudio actual</translation>
        </message>
        <message>
            <source>Adjusting needs the images of both studies on screen.</source>
            <translation>El ajuste necesita las imágenes de ambos estudios en pantalla.</translation>
        </message>
        <message>
            <source>%1 adjusted by hand: now %2 degrees, (%3, %4, %5) mm</source>
            <translation>%1 ajustado manualmente: ahora %2 grados, (%3, %4, %5) mm</translation>
        </message>
        <message>
            <source>Choose a prior: the current study is the reference.</source>
            <translation>Elija un estudio previo: el estudio actual es la referencia.</translation>
        </message>
        <message>
            <source>%1 is not registered to the current study.</source>
            <translation>%1 no está corregistrado con el estudio actual.</translation>
        </message>
        <message>
            <source>Saving needs the images of both studies.</source>
            <translation>Para guardar se necesitan las imágenes de ambos estudios.</translation>
        </message>
        <message>
            <source>Prior aligned by hand to the current study</source>
            <translation>Estudio previo alineado manualmente con el estudio actual</translation>
        </message>
        <message>
            <source>Prior registered to the current study</source>
            <translation>Estudio previo corregistrado con el estudio actual</translation>
        </message>
        <message>
            <source>Spatial Registration object not written: %1</source>
            <translation>Objeto Spatial Registration no escrito: %1</translation>
        </message>
        <message>
            <source>Spatial Registration object written to %1, but not added to the catalog: %2</source>
            <translation>Objeto Spatial Registration escrito en %1, pero no añadido al catálogo: %2</translation>
        </message>
        <message>
            <source>Spatial Registration object written and added to the catalog: %1</source>
            <translation>Objeto Spatial Registration escrito y añadido al catálogo: %1</translation>
        </message>
        <message>
            <source>the catalog did not take the file</source>
            <translation>el catálogo no aceptó el archivo</translation>
        </message>
        <message>
            <source>the written file cannot be read back</source>
            <translation>no se puede volver a leer el archivo escrito</translation>
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
            <translation>No se muestra ningún estudio actual.</translation>
        </message>
        <message>
            <source>Tumor board PDF not written: %1</source>
            <translation>PDF para el comité de tumores no escrito: %1</translation>
        </message>
        <message>
            <source>Tumor board PDF written: %1</source>
            <translation>PDF para el comité de tumores escrito: %1</translation>
        </message>
        <message>
            <source>The current study cannot be read: %1</source>
            <translation>No se puede leer el estudio actual: %1</translation>
        </message>
        <message>
            <source>No measured lesions to report.</source>
            <translation>No hay lesiones medidas para informar.</translation>
        </message>
        <message>
            <source>Tumor measurements</source>
            <translation>Mediciones tumorales</translation>
        </message>
        <message>
            <source>DICOM SR not written: %1</source>
            <translation>DICOM SR no escrito: %1</translation>
        </message>
        <message>
            <source>DICOM SR written to %1, but not added to the catalog: %2</source>
            <translation>DICOM SR escrito en %1, pero no añadido al catálogo: %2</translation>
        </message>
        <message>
            <source>DICOM SR written and added to the catalog: %1</source>
            <translation>DICOM SR escrito y añadido al catálogo: %1</translation>
        </message>
        <message>
            <source>Tumor board PDF</source>
            <translation>PDF para el comité de tumores</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>DICOM SR measurement report</source>
            <translation>Informe de mediciones DICOM SR</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PacsCommands</name>
        <message>
            <source>node "%1" uses no authentication: --password-stdin, --token-stdin and --remember do not apply</source>
            <translation>el nodo "%1" no usa autenticación: --password-stdin, --token-stdin y --remember no se aplican</translation>
        </message>
        <message>
            <source>node "%1" uses basic authentication: give its password with --password-stdin</source>
            <translation>el nodo "%1" usa autenticación básica: indique su contraseña con --password-stdin</translation>
        </message>
        <message>
            <source>node "%1" uses bearer authentication: give its token with --token-stdin</source>
            <translation>el nodo "%1" usa autenticación Bearer: indique su token con --token-stdin</translation>
        </message>
        <message>
            <source>--remember saves what --password-stdin or --token-stdin reads</source>
            <translation>--remember guarda lo que lee --password-stdin o --token-stdin</translation>
        </message>
        <message>
            <source>no password on standard input</source>
            <translation>no hay contraseña en la entrada estándar</translation>
        </message>
        <message>
            <source>no token on standard input</source>
            <translation>no hay token en la entrada estándar</translation>
        </message>
        <message>
            <source>not remembered: secrets can only be kept in %1</source>
            <translation>no se recordó: los secretos solo se pueden guardar en %1</translation>
        </message>
        <message>
            <source>node "%1" needs a password: pass it with --password-stdin or $CONTINUUM_PACS_PASSWORD (add --remember to save it in the desktop keyring)</source>
            <translation>el nodo "%1" necesita una contraseña: pásela con --password-stdin o $CONTINUUM_PACS_PASSWORD (añada --remember para guardarla en el llavero del escritorio)</translation>
        </message>
        <message>
            <source>node "%1" needs a token: pass it with --token-stdin or $CONTINUUM_PACS_TOKEN (add --remember to save it in the desktop keyring)</source>
            <translation>el nodo "%1" necesita un token: páselo con --token-stdin o $CONTINUUM_PACS_TOKEN (añada --remember para guardarlo en el llavero del escritorio)</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>argumento inesperado "%1"</translation>
        </message>
        <message>
            <source>--node NAME is required</source>
            <translation>se requiere --node NOMBRE</translation>
        </message>
        <message>
            <source>no node named "%1" in %2 (known: %3)</source>
            <translation>no hay ningún nodo llamado "%1" en %2 (conocidos: %3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>node "%1" is a DIMSE node: --password-stdin, --token-stdin and --remember are for DICOMweb nodes</source>
            <translation>el nodo "%1" es un nodo DIMSE: --password-stdin, --token-stdin y --remember son para nodos DICOMweb</translation>
        </message>
        <message>
            <source>Test the connection to a node (C-ECHO; a QIDO-RS search for DICOMweb nodes).</source>
            <translation>Probar la conexión con un nodo (C-ECHO; una búsqueda QIDO-RS para nodos DICOMweb).</translation>
        </message>
        <message>
            <source>Search a node (C-FIND or QIDO-RS). Text keys accept the wildcards * and ?.</source>
            <translation>Buscar en un nodo (C-FIND o QIDO-RS). Las claves de texto admiten los comodines * y ?.</translation>
        </message>
        <message>
            <source>patient, study (default) or series.</source>
            <translation>patient, study (predeterminado) o series.</translation>
        </message>
        <message>
            <source>Patient name, DICOM form (Doe^John*).</source>
            <translation>Nombre del paciente, en forma DICOM (Garcia^Juan*).</translation>
        </message>
        <message>
            <source>Patient ID.</source>
            <translation>ID de paciente.</translation>
        </message>
        <message>
            <source>Study Instance UID (required at series level).</source>
            <translation>Study Instance UID (obligatorio en el nivel de serie).</translation>
        </message>
        <message>
            <source>Accession number.</source>
            <translation>Número de acceso.</translation>
        </message>
        <message>
            <source>Modality (CT, MR...).</source>
            <translation>Modalidad (CT, MR...).</translation>
        </message>
        <message>
            <source>First study date (YYYY-MM-DD).</source>
            <translation>Primera fecha de estudio (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>Last study date (YYYY-MM-DD).</source>
            <translation>Última fecha de estudio (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>Print JSON instead of a table.</source>
            <translation>Mostrar JSON en lugar de una tabla.</translation>
        </message>
        <message>
            <source>--level must be patient, study or series</source>
            <translation>--level debe ser patient, study o series</translation>
        </message>
        <message>
            <source>dates are written YYYY-MM-DD</source>
            <translation>las fechas se escriben AAAA-MM-DD</translation>
        </message>
        <message>
            <source>--level series needs --study-uid</source>
            <translation>--level series necesita --study-uid</translation>
        </message>
        <message>
            <source>  %1 studies</source>
            <translation>  %1 estudios</translation>
        </message>
        <message>
            <source>  %1 series  %2 images  </source>
            <translation>  %1 series  %2 imágenes  </translation>
        </message>
        <message>
            <source>  %1 images  </source>
            <translation>  %1 imágenes  </translation>
        </message>
        <message>
            <source>1 match</source>
            <translation>1 coincidencia</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 coincidencias</translation>
        </message>
        <message>
            <source>Retrieve a study or series into a folder (C-GET, or C-MOVE with --move or when the node's "retrieve" is "move"; WADO-RS for DICOMweb nodes).</source>
            <translation>Recuperar un estudio o una serie en una carpeta (C-GET, o C-MOVE con --move o cuando "retrieve" del nodo es "move"; WADO-RS para nodos DICOMweb).</translation>
        </message>
        <message>
            <source>Study Instance UID.</source>
            <translation>Study Instance UID.</translation>
        </message>
        <message>
            <source>Only this series.</source>
            <translation>Solo esta serie.</translation>
        </message>
        <message>
            <source>C-MOVE to our AE title and port (the node must know them).</source>
            <translation>C-MOVE a nuestro AE title y puerto (el nodo debe conocerlos).</translation>
        </message>
        <message>
            <source>Destination folder.</source>
            <translation>Carpeta de destino.</translation>
        </message>
        <message>
            <source>--study-uid UID is required</source>
            <translation>se requiere --study-uid UID</translation>
        </message>
        <message>
            <source>--to DIR is required</source>
            <translation>se requiere --to DIR</translation>
        </message>
        <message>
            <source>--move is for DIMSE nodes; a DICOMweb node is retrieved with WADO-RS</source>
            <translation>--move es para nodos DIMSE; un nodo DICOMweb se recupera con WADO-RS</translation>
        </message>
        <message>
            <source>conflict %1: a different file had this instance's name; kept both</source>
            <translation>conflicto %1: otro archivo tenía el nombre de esta instancia; se conservaron ambos</translation>
        </message>
        <message>
            <source>Send DICOM files to a node (C-STORE, or STOW-RS for DICOMweb nodes).</source>
            <translation>Enviar archivos DICOM a un nodo (C-STORE, o STOW-RS para nodos DICOMweb).</translation>
        </message>
        <message>
            <source>Files or folders (searched recursively).</source>
            <translation>Archivos o carpetas (se recorren de forma recursiva).</translation>
        </message>
        <message>
            <source>send needs at least one PATH</source>
            <translation>send necesita al menos una RUTA</translation>
        </message>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1: no existe el archivo o la carpeta</translation>
        </message>
        <message>
            <source>not sent %1</source>
            <translation>no enviado %1</translation>
        </message>
        <message>
            <source>Name of the remote node (from the nodes file).</source>
            <translation>Nombre del nodo remoto (del archivo de nodos).</translation>
        </message>
        <message>
            <source>Nodes file (default: $CONTINUUM_NODES or ~/.config/continuum/nodes.json).</source>
            <translation>Archivo de nodos (predeterminado: $CONTINUUM_NODES o ~/.config/continuum/nodes.json).</translation>
        </message>
        <message>
            <source>DICOMweb basic authentication: read the password from the first line of standard input.</source>
            <translation>Autenticación básica DICOMweb: leer la contraseña de la primera línea de la entrada estándar.</translation>
        </message>
        <message>
            <source>DICOMweb bearer authentication: read the token from the first line of standard input.</source>
            <translation>Autenticación Bearer DICOMweb: leer el token de la primera línea de la entrada estándar.</translation>
        </message>
        <message>
            <source>Save the password or token given on standard input in the desktop keyring for this node.</source>
            <translation>Guardar en el llavero del escritorio, para este nodo, la contraseña o el token dados en la entrada estándar.</translation>
        </message>
        <message>
            <source>usage: continuum pacs echo|find|retrieve|send --node NAME [--nodes FILE] ... (see --help of each)</source>
            <translation>uso: continuum pacs echo|find|retrieve|send --node NOMBRE [--nodes ARCHIVO] ... (vea --help de cada uno)</translation>
        </message>
        <message>
            <source>unknown pacs command "%1": use echo, find, retrieve or send</source>
            <translation>comando pacs desconocido "%1": use echo, find, retrieve o send</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PacsQueryPanel</name>
        <message>
            <source>Remote archives</source>
            <translation>Archivos remotos</translation>
        </message>
        <message>
            <source>Remote node</source>
            <translation>Nodo remoto</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Nombre del paciente</translation>
        </message>
        <message>
            <source>e.g. Doe* (wildcards * and ?)</source>
            <translation>p. ej. Garcia* (comodines * y ?)</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>ID de paciente</translation>
        </message>
        <message>
            <source>Study date from</source>
            <translation>Fecha de estudio desde</translation>
        </message>
        <message>
            <source>Restrict the study date</source>
            <translation>Restringir la fecha del estudio</translation>
        </message>
        <message>
            <source>Study date to</source>
            <translation>Fecha de estudio hasta</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>e.g. CT</source>
            <translation>p. ej. CT</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Search the remote node</source>
            <translation>Buscar en el nodo remoto</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar conexión</translation>
        </message>
        <message>
            <source>Test the connection to the remote node</source>
            <translation>Probar la conexión con el nodo remoto</translation>
        </message>
        <message>
            <source>C-ECHO for a DICOM node, a QIDO-RS search for a DICOMweb node</source>
            <translation>C-ECHO para un nodo DICOM, una búsqueda QIDO-RS para un nodo DICOMweb</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Node:</source>
            <translation>Nodo:</translation>
        </message>
        <message>
            <source>Patient name:</source>
            <translation>Nombre del paciente:</translation>
        </message>
        <message>
            <source>Patient ID:</source>
            <translation>ID de paciente:</translation>
        </message>
        <message>
            <source>Modality:</source>
            <translation>Modalidad:</translation>
        </message>
        <message>
            <source>Studies found</source>
            <translation>Estudios encontrados</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <source>Retrieve</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>Retrieve the selected study or series</source>
            <translation>Recuperar el estudio o la serie seleccionados</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the retrieve</source>
            <translation>Cancelar la recuperación</translation>
        </message>
        <message>
            <source>Retrieve progress</source>
            <translation>Progreso de la recuperación</translation>
        </message>
        <message>
            <source>Retrieve rate</source>
            <translation>Velocidad de recuperación</translation>
        </message>
        <message>
            <source>%1 files/s, %2 failed</source>
            <translation>%1 archivos/s, %2 con error</translation>
        </message>
        <message>
            <source>Send local study</source>
            <translation>Enviar estudio local</translation>
        </message>
        <message>
            <source>Send the study selected in the browser to the node</source>
            <translation>Enviar al nodo el estudio seleccionado en el explorador</translation>
        </message>
        <message>
            <source>Cancel the send</source>
            <translation>Cancelar el envío</translation>
        </message>
        <message>
            <source>Send progress</source>
            <translation>Progreso del envío</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>The nodes file could not be read: %1</source>
            <translation>No se pudo leer el archivo de nodos: %1</translation>
        </message>
        <message>
            <source>No remote nodes are configured; add them to the nodes file.</source>
            <translation>No hay nodos remotos configurados; añádalos al archivo de nodos.</translation>
        </message>
        <message>
            <source>Choose a node first.</source>
            <translation>Elija primero un nodo.</translation>
        </message>
        <message>
            <source>C-ECHO</source>
            <translation>C-ECHO</translation>
        </message>
        <message>
            <source>QIDO-RS search</source>
            <translation>Búsqueda QIDO-RS</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Probando la conexión con %1…</translation>
        </message>
        <message>
            <source>Connection to %1 works (%2, %3 ms).</source>
            <translation>La conexión con %1 funciona (%2, %3 ms).</translation>
        </message>
        <message>
            <source>Connection to %1 failed: %2</source>
            <translation>Falló la conexión con %1: %2</translation>
        </message>
        <message>
            <source>Searching %1…</source>
            <translation>Buscando en %1…</translation>
        </message>
        <message>
            <source>1 study found.</source>
            <translation>1 estudio encontrado.</translation>
        </message>
        <message>
            <source>%1 studies found.</source>
            <translation>%1 estudios encontrados.</translation>
        </message>
        <message>
            <source>Series %1</source>
            <translation>Serie %1</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>n.º %1</translation>
        </message>
        <message>
            <source>%1 files/s</source>
            <translation>%1 archivos/s</translation>
        </message>
        <message>
            <source>The retrieve could not start.</source>
            <translation>No se pudo iniciar la recuperación.</translation>
        </message>
        <message>
            <source>Retrieving the study…</source>
            <translation>Recuperando el estudio…</translation>
        </message>
        <message>
            <source>Retrieving the series…</source>
            <translation>Recuperando la serie…</translation>
        </message>
        <message>
            <source>The send could not start.</source>
            <translation>No se pudo iniciar el envío.</translation>
        </message>
        <message>
            <source>Sending to %1…</source>
            <translation>Enviando a %1…</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PatientContextController</name>
        <message>
            <source>The timeline cannot read the catalog: %1</source>
            <translation>La cronología no puede leer el catálogo: %1</translation>
        </message>
        <message>
            <source>Timeline: %1</source>
            <translation>Cronología: %1</translation>
        </message>
        <message>
            <source>The patient cannot be opened: no study catalog is open.</source>
            <translation>No se puede abrir el paciente: no hay ningún catálogo de estudios abierto.</translation>
        </message>
        <message>
            <source>Opening patient %1...</source>
            <translation>Abriendo el paciente %1...</translation>
        </message>
        <message>
            <source>Asking the PACS for patient %1...</source>
            <translation>Consultando el PACS por el paciente %1...</translation>
        </message>
        <message>
            <source>Patient %1: study opened.</source>
            <translation>Paciente %1: estudio abierto.</translation>
        </message>
        <message>
            <source>Patient %1: the study is catalogued but none of its files can be opened.</source>
            <translation>Paciente %1: el estudio está catalogado, pero no se puede abrir ninguno de sus archivos.</translation>
        </message>
        <message>
            <source>Patient %1: retrieving the study from %2...</source>
            <translation>Paciente %1: recuperando el estudio desde %2...</translation>
        </message>
        <message>
            <source>No study catalog is open: nothing can be retrieved.</source>
            <translation>No hay ningún catálogo de estudios abierto: no se puede recuperar nada.</translation>
        </message>
        <message>
            <source>Retrieving the study from %1...</source>
            <translation>Recuperando el estudio desde %1...</translation>
        </message>
        <message>
            <source>Retrieving: %1 received, %2 to go, %3 failed</source>
            <translation>Recuperando: %1 recibidos, %2 pendientes, %3 con error</translation>
        </message>
        <message>
            <source>Retrieving: %1 received, %2 to go</source>
            <translation>Recuperando: %1 recibidos, %2 pendientes</translation>
        </message>
        <message>
            <source>The study is shown while the rest of it arrives.</source>
            <translation>El estudio se muestra mientras llega el resto.</translation>
        </message>
        <message>
            <source>Study retrieved.</source>
            <translation>Estudio recuperado.</translation>
        </message>
        <message>
            <source>The retrieve stopped: %1</source>
            <translation>La recuperación se detuvo: %1</translation>
        </message>
        <message>
            <source>Retrieve: %1</source>
            <translation>Recuperación: %1</translation>
        </message>
        <message>
            <source>The study could not be retrieved: %1</source>
            <translation>No se pudo recuperar el estudio: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::PdfDocumentView</name>
        <message>
            <source>The PDF cannot be shown</source>
            <translation>No se puede mostrar el PDF</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n página</numerusform>
                <numerusform>%1 — %n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Informe PDF</translation>
        </message>
        <message>
            <source>the encapsulated document is %1, not a PDF</source>
            <translation>el documento encapsulado es %1, no un PDF</translation>
        </message>
        <message>
            <source>of unknown type</source>
            <translation>de tipo desconocido</translation>
        </message>
        <message>
            <source>the PDF cannot be opened (error %1)</source>
            <translation>no se puede abrir el PDF (error %1)</translation>
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
            <translation>Elegir el protocolo de visualización para los estudios bajo RUTA.</translation>
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation>Mostrar JSON en lugar de texto.</translation>
        </message>
        <message>
            <source>Also print why: every rule with its result and weight, and the other protocols.</source>
            <translation>Mostrar también el motivo: cada regla con su resultado y peso, y los demás protocolos.</translation>
        </message>
        <message>
            <source>Read protocols only from DIR (repeatable) instead of the bundled, site and user folders.</source>
            <translation>Leer protocolos solo de DIR (repetible) en lugar de las carpetas incluida, del centro y del usuario.</translation>
        </message>
        <message>
            <source>DICOM files or folders (searched recursively).</source>
            <translation>Archivos o carpetas DICOM (se recorren de forma recursiva).</translation>
        </message>
        <message>
            <source>usage: continuum protocol match PATH... [--json] [--explain] [--protocols DIR]</source>
            <translation>uso: continuum protocol match RUTA... [--json] [--explain] [--protocols DIR]</translation>
        </message>
        <message>
            <source>no protocol folder %1</source>
            <translation>no existe la carpeta de protocolos %1</translation>
        </message>
        <message>
            <source>no hanging protocol could be loaded</source>
            <translation>no se pudo cargar ningún protocolo de visualización</translation>
        </message>
        <message>
            <source>no DICOM images found under %1</source>
            <translation>no se encontraron imágenes DICOM en %1</translation>
        </message>
        <message>
            <source>no hanging protocol matches these studies</source>
            <translation>ningún protocolo de visualización coincide con estos estudios</translation>
        </message>
        <message>
            <source>Current study: %1</source>
            <translation>Estudio actual: %1</translation>
        </message>
        <message>
            <source>Prior study:   %1</source>
            <translation>Estudio previo: %1</translation>
        </message>
        <message>
            <source>no hanging protocol matches these studies (%1 protocols tried)</source>
            <translation>ningún protocolo de visualización coincide con estos estudios (se probaron %1 protocolos)</translation>
        </message>
        <message>
            <source>Protocol:      %1 (%2)</source>
            <translation>Protocolo:      %1 (%2)</translation>
        </message>
        <message>
            <source>Department:    %1</source>
            <translation>Servicio:       %1</translation>
        </message>
        <message>
            <source>Score:         %1 (priority %2, %3 rules)</source>
            <translation>Puntuación:     %1 (prioridad %2, %3 reglas)</translation>
        </message>
        <message>
            <source>Stage %1: %2 (%3)</source>
            <translation>Etapa %1: %2 (%3)</translation>
        </message>
        <message>
            <source>  viewport %1: (empty)</source>
            <translation>  visor %1: (vacío)</translation>
        </message>
        <message>
            <source>  viewport %1: %2 series %3 "%4" %5</source>
            <translation>  visor %1: %2 serie %3 "%4" %5</translation>
        </message>
        <message>
            <source>current</source>
            <translation>actual</translation>
        </message>
        <message>
            <source>prior</source>
            <translation>previo</translation>
        </message>
        <message>
            <source>  [window %1]</source>
            <translation>  [ventana %1]</translation>
        </message>
        <message>
            <source>Write a hanging protocol as a DICOM Hanging Protocol instance (PS3.3 A.38).</source>
            <translation>Escribir un protocolo de visualización como instancia DICOM Hanging Protocol (PS3.3 A.38).</translation>
        </message>
        <message>
            <source>Leave out Continuum's private block (what the standard cannot say is then lost).</source>
            <translation>Omitir el bloque privado de Continuum (lo que el estándar no puede expresar se pierde).</translation>
        </message>
        <message>
            <source>The protocol's id (see `continuum protocol match --explain`).</source>
            <translation>El ID del protocolo (vea `continuum protocol match --explain`).</translation>
        </message>
        <message>
            <source>The DICOM file to write.</source>
            <translation>El archivo DICOM que se escribirá.</translation>
        </message>
        <message>
            <source>usage: continuum protocol export ID OUT.dcm [--no-private]</source>
            <translation>uso: continuum protocol export ID SALIDA.dcm [--no-private]</translation>
        </message>
        <message>
            <source>no hanging protocol with the id "%1"</source>
            <translation>no hay ningún protocolo de visualización con el ID "%1"</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, level %3) to %4</source>
            <translation>Se escribió %1 (%2, nivel %3) en %4</translation>
        </message>
        <message>
            <source>Not in the standard attributes (kept in Continuum's private block):</source>
            <translation>No está en los atributos estándar (se conserva en el bloque privado de Continuum):</translation>
        </message>
        <message>
            <source>Not in the standard attributes (lost without the private block):</source>
            <translation>No está en los atributos estándar (se pierde sin el bloque privado):</translation>
        </message>
        <message>
            <source>Read a DICOM Hanging Protocol instance and save it as a user protocol.</source>
            <translation>Leer una instancia DICOM Hanging Protocol y guardarla como protocolo de usuario.</translation>
        </message>
        <message>
            <source>Save under this id instead of the instance's own.</source>
            <translation>Guardar con este ID en lugar del de la instancia.</translation>
        </message>
        <message>
            <source>Replace a user protocol with the same id.</source>
            <translation>Reemplazar un protocolo de usuario con el mismo ID.</translation>
        </message>
        <message>
            <source>The DICOM Hanging Protocol instance.</source>
            <translation>La instancia DICOM Hanging Protocol.</translation>
        </message>
        <message>
            <source>usage: continuum protocol import FILE.dcm [--id ID] [--force]</source>
            <translation>uso: continuum protocol import ARCHIVO.dcm [--id ID] [--force]</translation>
        </message>
        <message>
            <source>cannot create the user protocol folder %1</source>
            <translation>no se puede crear la carpeta de protocolos de usuario %1</translation>
        </message>
        <message>
            <source>%1 already exists (use --force to replace it, or --id to choose another id)</source>
            <translation>%1 ya existe (use --force para reemplazarlo o --id para elegir otro ID)</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>%1 was written but is not the protocol in effect for "%2"</source>
            <translation>%1 se escribió, pero no es el protocolo vigente para "%2"</translation>
        </message>
        <message>
            <source>Imported "%1" as user protocol %2: %3</source>
            <translation>"%1" importado como protocolo de usuario %2: %3</translation>
        </message>
        <message>
            <source>It overrides %1</source>
            <translation>Reemplaza a %1</translation>
        </message>
        <message>
            <source>Continuum's private block restored what the standard attributes cannot say.</source>
            <translation>El bloque privado de Continuum restauró lo que los atributos estándar no pueden expresar.</translation>
        </message>
        <message>
            <source>not represented: %1</source>
            <translation>no representado: %1</translation>
        </message>
        <message>
            <source>usage: continuum protocol match|export|import ...</source>
            <translation>uso: continuum protocol match|export|import ...</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolEditorDialog</name>
        <message>
            <source>Edit hanging protocol</source>
            <translation>Editar protocolo de visualización</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocolo</translation>
        </message>
        <message>
            <source>Priors</source>
            <translation>Estudios previos</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <source>Validation message</source>
            <translation>Mensaje de validación</translation>
        </message>
        <message>
            <source>Save as user protocol</source>
            <translation>Guardar como protocolo de usuario</translation>
        </message>
        <message>
            <source>Writes the protocol into your user protocol folder: %1</source>
            <translation>Escribe el protocolo en su carpeta de protocolos de usuario: %1</translation>
        </message>
        <message>
            <source>Protocol id</source>
            <translation>ID del protocolo</translation>
        </message>
        <message>
            <source>Protocol name</source>
            <translation>Nombre del protocolo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <source>Radiology</source>
            <translation>Radiología</translation>
        </message>
        <message>
            <source>Cardiology</source>
            <translation>Cardiología</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Oncología</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Breaks equal scores: higher first.</source>
            <translation>Desempata puntuaciones iguales: la más alta primero.</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escripción:</translation>
        </message>
        <message>
            <source>&amp;Department:</source>
            <translation>&amp;Servicio:</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Prioridad:</translation>
        </message>
        <message>
            <source>Rules on the current study</source>
            <translation>Reglas sobre el estudio actual</translation>
        </message>
        <message>
            <source>Rules on the current study (a failing required rule disqualifies the protocol):</source>
            <translation>Reglas sobre el estudio actual (una regla obligatoria que no se cumple descalifica el protocolo):</translation>
        </message>
        <message>
            <source>Number of priors shown</source>
            <translation>Número de estudios previos mostrados</translation>
        </message>
        <message>
            <source>Minimum number of priors</source>
            <translation>Número mínimo de estudios previos</translation>
        </message>
        <message>
            <source>Which priors</source>
            <translation>Qué estudios previos</translation>
        </message>
        <message>
            <source>Most recent</source>
            <translation>Los más recientes</translation>
        </message>
        <message>
            <source>Same modality</source>
            <translation>Misma modalidad</translation>
        </message>
        <message>
            <source>Same body part</source>
            <translation>Misma región anatómica</translation>
        </message>
        <message>
            <source>Priors &amp;shown:</source>
            <translation>Previos &amp;mostrados:</translation>
        </message>
        <message>
            <source>&amp;At least:</source>
            <translation>&amp;Al menos:</translation>
        </message>
        <message>
            <source>&amp;Chosen by:</source>
            <translation>&amp;Elegidos por:</translation>
        </message>
        <message>
            <source>Rules on each prior</source>
            <translation>Reglas sobre cada estudio previo</translation>
        </message>
        <message>
            <source>Rules on each prior (a failing required rule skips that prior):</source>
            <translation>Reglas sobre cada estudio previo (una regla obligatoria que no se cumple descarta ese estudio previo):</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Añadir etapa</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Quitar etapa</translation>
        </message>
        <message>
            <source>Stages:</source>
            <translation>Etapas:</translation>
        </message>
        <message>
            <source>Stage name</source>
            <translation>Nombre de la etapa</translation>
        </message>
        <message>
            <source>Grid rows</source>
            <translation>Filas de la cuadrícula</translation>
        </message>
        <message>
            <source>Grid columns</source>
            <translation>Columnas de la cuadrícula</translation>
        </message>
        <message>
            <source>Stage &amp;name:</source>
            <translation>&amp;Nombre de la etapa:</translation>
        </message>
        <message>
            <source>&amp;Rows:</source>
            <translation>&amp;Filas:</translation>
        </message>
        <message>
            <source>C&amp;olumns:</source>
            <translation>C&amp;olumnas:</translation>
        </message>
        <message>
            <source>Viewports</source>
            <translation>Visores</translation>
        </message>
        <message>
            <source>Study shown: 0 current, N prior N</source>
            <translation>Estudio mostrado: 0 actual, N previo N</translation>
        </message>
        <message>
            <source>current</source>
            <translation>actual</translation>
        </message>
        <message>
            <source>prior </source>
            <translation>previo </translation>
        </message>
        <message>
            <source>Preferred orientation</source>
            <translation>Orientación preferida</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Cualquiera</translation>
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
            <translation>Sagital</translation>
        </message>
        <message>
            <source>Reconstruction</source>
            <translation>Reconstrucción</translation>
        </message>
        <message>
            <source>As acquired</source>
            <translation>Tal como se adquirió</translation>
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
            <translation>Renderizado volumétrico</translation>
        </message>
        <message>
            <source>When no series matches</source>
            <translation>Cuando ninguna serie coincide</translation>
        </message>
        <message>
            <source>First series not shown yet</source>
            <translation>Primera serie aún no mostrada</translation>
        </message>
        <message>
            <source>First series</source>
            <translation>Primera serie</translation>
        </message>
        <message>
            <source>Leave empty</source>
            <translation>Dejar vacío</translation>
        </message>
        <message>
            <source>Skip series shown in an earlier viewport</source>
            <translation>Omitir series ya mostradas en un visor anterior</translation>
        </message>
        <message>
            <source>Window preset</source>
            <translation>Ventana predefinida</translation>
        </message>
        <message>
            <source>the file's own window</source>
            <translation>la ventana propia del archivo</translation>
        </message>
        <message>
            <source>&amp;Study:</source>
            <translation>&amp;Estudio:</translation>
        </message>
        <message>
            <source>Orien&amp;tation:</source>
            <translation>Orien&amp;tación:</translation>
        </message>
        <message>
            <source>Reconstr&amp;uction:</source>
            <translation>Reconstr&amp;ucción:</translation>
        </message>
        <message>
            <source>&amp;Fallback:</source>
            <translation>&amp;Alternativa:</translation>
        </message>
        <message>
            <source>&amp;Window preset:</source>
            <translation>&amp;Ventana predefinida:</translation>
        </message>
        <message>
            <source>Series rules of the viewport</source>
            <translation>Reglas de series del visor</translation>
        </message>
        <message>
            <source>Viewports:</source>
            <translation>Visores:</translation>
        </message>
        <message>
            <source>Series rules (weights rank series, required rules filter):</source>
            <translation>Reglas de series (los pesos ordenan las series, las reglas obligatorias filtran):</translation>
        </message>
        <message>
            <source>Stage %1</source>
            <translation>Etapa %1</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>Atributo</translation>
        </message>
        <message>
            <source>Constraint</source>
            <translation>Restricción</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatoria</translation>
        </message>
        <message>
            <source>Attribute: a DICOM keyword (SeriesDescription), a tag ((0008,103E)) or a derived attribute (modalitiesInStudy, bodyPart, orientation...). Value: alternatives separated by \; a range as min..max.</source>
            <translation>Atributo: una palabra clave DICOM (SeriesDescription), una etiqueta ((0008,103E)) o un atributo derivado (modalitiesInStudy, bodyPart, orientation...). Valor: alternativas separadas por \; un intervalo como min..max.</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Añadir regla</translation>
        </message>
        <message>
            <source>Add rule to %1</source>
            <translation>Añadir regla a %1</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Quitar regla</translation>
        </message>
        <message>
            <source>Remove rule from %1</source>
            <translation>Quitar regla de %1</translation>
        </message>
        <message>
            <source>Constraint of rule %1</source>
            <translation>Restricción de la regla %1</translation>
        </message>
        <message>
            <source>unknown attribute "%1"</source>
            <translation>atributo desconocido "%1"</translation>
        </message>
        <message>
            <source>unknown constraint "%1"</source>
            <translation>restricción desconocida "%1"</translation>
        </message>
        <message>
            <source>the weight must be a number, 0 or more</source>
            <translation>el peso debe ser un número, 0 o mayor</translation>
        </message>
        <message>
            <source>a range is written min..max (either may be left out)</source>
            <translation>un intervalo se escribe min..max (se puede omitir cualquiera de los dos)</translation>
        </message>
        <message>
            <source>"%1" is not a range of numbers</source>
            <translation>"%1" no es un intervalo de números</translation>
        </message>
        <message>
            <source>invalid regular expression: %1</source>
            <translation>expresión regular no válida: %1</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <source>a value is needed</source>
            <translation>se necesita un valor</translation>
        </message>
        <message>
            <source>Viewport %1 (row %2, column %3)</source>
            <translation>Visor %1 (fila %2, columna %3)</translation>
        </message>
        <message>
            <source>Viewport %1</source>
            <translation>Visor %1</translation>
        </message>
        <message>
            <source>%1, rule %2: %3</source>
            <translation>%1, regla %2: %3</translation>
        </message>
        <message>
            <source>The id may only hold letters, digits, '.', '_' and '-' (and not be empty).</source>
            <translation>El ID solo puede contener letras, dígitos, '.', '_' y '-' (y no puede estar vacío).</translation>
        </message>
        <message>
            <source>The protocol needs a name.</source>
            <translation>El protocolo necesita un nombre.</translation>
        </message>
        <message>
            <source>At least %1 priors are required but only %2 are shown.</source>
            <translation>Se requieren al menos %1 estudios previos, pero solo se muestran %2.</translation>
        </message>
        <message>
            <source>Study rules</source>
            <translation>Reglas del estudio</translation>
        </message>
        <message>
            <source>Prior rules</source>
            <translation>Reglas de estudios previos</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2</source>
            <translation>Etapa %1 visor %2</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2, rule %3: %4</source>
            <translation>Etapa %1 visor %2, regla %3: %4</translation>
        </message>
        <message>
            <source>Stage %1 viewport %2 shows prior %3, but only %4 priors are shown.</source>
            <translation>El visor %2 de la etapa %1 muestra el estudio previo %3, pero solo se muestran %4 estudios previos.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>Not saved: the user protocol folder %1 cannot be created.</source>
            <translation>No guardado: no se puede crear la carpeta de protocolos de usuario %1.</translation>
        </message>
        <message>
            <source>Not saved: cannot write %1 (%2).</source>
            <translation>No guardado: no se puede escribir %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolLayoutController</name>
        <message>
            <source>date unknown</source>
            <translation>fecha desconocida</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Prior %1</source>
            <translation>Previo %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>No hanging protocol matches these studies.</source>
            <translation>Ningún protocolo de visualización coincide con estos estudios.</translation>
        </message>
        <message>
            <source>%1: %2 (+%3)</source>
            <translation>%1: %2 (+%3)</translation>
        </message>
        <message>
            <source>%1 (%2), score %3; stage %4/%5 "%6"; protocol %7 of %8</source>
            <translation>%1 (%2), puntuación %3; etapa %4/%5 "%6"; protocolo %7 de %8</translation>
        </message>
        <message>
            <source>Matched: no weighted rule, lowest-priority fallback.</source>
            <translation>Coincidencia: sin regla ponderada, alternativa de prioridad más baja.</translation>
        </message>
        <message>
            <source>Matched: %1.</source>
            <translation>Coincidencia: %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolLayoutView</name>
        <message>
            <source>Sync scrolling</source>
            <translation>Desplazamiento sincronizado</translation>
        </message>
        <message>
            <source>Scrolling one viewport moves the others of the same study and frame of reference to the same position</source>
            <translation>Desplazarse en un visor mueve los demás del mismo estudio y marco de referencia a la misma posición</translation>
        </message>
        <message>
            <source>Reference lines</source>
            <translation>Líneas de referencia</translation>
        </message>
        <message>
            <source>Show the active viewport's slice on the other viewports of the same study and frame of reference</source>
            <translation>Mostrar el corte del visor activo en los demás visores del mismo estudio y marco de referencia</translation>
        </message>
        <message>
            <source>No matching series</source>
            <translation>Ninguna serie coincidente</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Keys: "." / "," next/previous stage; Ctrl+"." / Ctrl+"," next/previous protocol.</source>
            <translation>Teclas: "." / "," etapa siguiente/anterior; Ctrl+"." / Ctrl+"," protocolo siguiente/anterior.</translation>
        </message>
        <message>
            <source>cannot show this image: %1</source>
            <translation>no se puede mostrar esta imagen: %1</translation>
        </message>
        <message>
            <source>This series cannot be shown:
%1</source>
            <translation>Esta serie no se puede mostrar:
%1</translation>
        </message>
        <message>
            <source>no "%1" window for %2: the images' own window</source>
            <translation>no hay ventana "%1" para %2: se usa la ventana propia de las imágenes</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ProtocolSettingsPage</name>
        <message>
            <source>Hanging protocols are read from the bundled folder, then the site folder, then your own folder; a protocol with the same id as an earlier one replaces it. Leave a field empty for the standard folder.</source>
            <translation>Los protocolos de visualización se leen de la carpeta incluida, luego de la carpeta del centro y luego de su propia carpeta; un protocolo con el mismo ID que uno anterior lo reemplaza. Deje un campo vacío para usar la carpeta estándar.</translation>
        </message>
        <message>
            <source>&amp;Site folder:</source>
            <translation>Carpeta del &amp;centro:</translation>
        </message>
        <message>
            <source>Site protocol folder</source>
            <translation>Carpeta de protocolos del centro</translation>
        </message>
        <message>
            <source>&amp;Your folder:</source>
            <translation>&amp;Su carpeta:</translation>
        </message>
        <message>
            <source>Your protocol folder</source>
            <translation>Su carpeta de protocolos</translation>
        </message>
        <message>
            <source>Bundled protocols: %1</source>
            <translation>Protocolos incluidos: %1</translation>
        </message>
        <message>
            <source>New folders take effect at the next start of the viewer.</source>
            <translation>Las carpetas nuevas se aplican en el siguiente inicio del visor.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Elegir...</translation>
        </message>
        <message>
            <source>Choose the %1</source>
            <translation>Elegir la %1</translation>
        </message>
        <message>
            <source>This run uses %1 from the environment variable %2 instead.</source>
            <translation>Esta ejecución usa en su lugar %1 de la variable de entorno %2.</translation>
        </message>
        <message>
            <source>Site protocol folder: %1</source>
            <translation>Carpeta de protocolos del centro: %1</translation>
        </message>
        <message>
            <source>Your protocol folder: %1</source>
            <translation>Su carpeta de protocolos: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RadiologyWorklistView</name>
        <message>
            <source>Radiology worklist</source>
            <translation>Lista de trabajo de radiología</translation>
        </message>
        <message>
            <source>Worklist preset</source>
            <translation>Filtro predefinido de la lista de trabajo</translation>
        </message>
        <message>
            <source>Saved filters: the bundled ones and yours</source>
            <translation>Filtros guardados: los incluidos y los suyos</translation>
        </message>
        <message>
            <source>Save preset…</source>
            <translation>Guardar filtro predefinido…</translation>
        </message>
        <message>
            <source>Save the current filter as a preset</source>
            <translation>Guardar el filtro actual como predefinido</translation>
        </message>
        <message>
            <source>Delete preset</source>
            <translation>Eliminar filtro predefinido</translation>
        </message>
        <message>
            <source>Delete the selected preset</source>
            <translation>Eliminar el filtro predefinido seleccionado</translation>
        </message>
        <message>
            <source>Patient, ID, accession, description</source>
            <translation>Paciente, ID, número de acceso, descripción</translation>
        </message>
        <message>
            <source>Search the worklist</source>
            <translation>Buscar en la lista de trabajo</translation>
        </message>
        <message>
            <source>Reading status filter</source>
            <translation>Filtro de estado de lectura</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>No leído</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Leído</translation>
        </message>
        <message>
            <source>Priority filter</source>
            <translation>Filtro de prioridad</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>Cualquier prioridad</translation>
        </message>
        <message>
            <source>STAT</source>
            <translation>STAT</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Modality (CT, MR…)</source>
            <translation>Modalidad (CT, MR…)</translation>
        </message>
        <message>
            <source>Modality filter</source>
            <translation>Filtro de modalidad</translation>
        </message>
        <message>
            <source>Date range filter</source>
            <translation>Filtro de intervalo de fechas</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Since yesterday</source>
            <translation>Desde ayer</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>Fechas…</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha inicial</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Fecha final</translation>
        </message>
        <message>
            <source>Location filter</source>
            <translation>Filtro de ubicación</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Cualquier ubicación</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>On PACS only</source>
            <translation>Solo en el PACS</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Studies to read</source>
            <translation>Estudios por leer</translation>
        </message>
        <message>
            <source>Mark unread</source>
            <translation>Marcar como no leído</translation>
        </message>
        <message>
            <source>Mark in progress</source>
            <translation>Marcar como en curso</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Marcar como leído</translation>
        </message>
        <message>
            <source>Mark the selected study unread</source>
            <translation>Marcar el estudio seleccionado como no leído</translation>
        </message>
        <message>
            <source>Mark the selected study in progress</source>
            <translation>Marcar el estudio seleccionado como en curso</translation>
        </message>
        <message>
            <source>Mark the selected study read</source>
            <translation>Marcar el estudio seleccionado como leído</translation>
        </message>
        <message>
            <source>Priority of the selected study</source>
            <translation>Prioridad del estudio seleccionado</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Reload the worklist</source>
            <translation>Recargar la lista de trabajo</translation>
        </message>
        <message>
            <source>Studies shown</source>
            <translation>Estudios mostrados</translation>
        </message>
        <message>
            <source>Reading user</source>
            <translation>Usuario de lectura</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>Cambiar de usuario…</translation>
        </message>
        <message>
            <source>Switch the reading user</source>
            <translation>Cambiar el usuario de lectura</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Prioridad:</translation>
        </message>
        <message>
            <source>Worklist messages</source>
            <translation>Mensajes de la lista de trabajo</translation>
        </message>
        <message>
            <source>Some worklist presets could not be read: %1</source>
            <translation>No se pudieron leer algunos filtros predefinidos de la lista de trabajo: %1</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Usuario: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 of %2 studies</source>
            <translation>%1 de %2 estudios</translation>
        </message>
        <message>
            <source>The study is scheduled but has no images yet.</source>
            <translation>El estudio está programado, pero aún no tiene imágenes.</translation>
        </message>
        <message>
            <source>No unread study left in this list.</source>
            <translation>No quedan estudios sin leer en esta lista.</translation>
        </message>
        <message>
            <source>Preset "%1" saved in %2.</source>
            <translation>Filtro predefinido "%1" guardado en %2.</translation>
        </message>
        <message>
            <source>Save preset</source>
            <translation>Guardar filtro predefinido</translation>
        </message>
        <message>
            <source>Name of the preset:</source>
            <translation>Nombre del filtro predefinido:</translation>
        </message>
        <message>
            <source>Preset "%1" deleted.</source>
            <translation>Filtro predefinido "%1" eliminado.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReadingController</name>
        <message>
            <source>Presentation state applied: %1</source>
            <translation>Estado de presentación aplicado: %1</translation>
        </message>
        <message>
            <source>Presentation states are not applied.</source>
            <translation>Los estados de presentación no se aplican.</translation>
        </message>
        <message>
            <source>Open an image first: key images are flagged on the frame shown.</source>
            <translation>Abra primero una imagen: las imágenes clave se marcan en el fotograma mostrado.</translation>
        </message>
        <message numerus="yes">
            <source>Key image flagged (%n key image(s) in this study).</source>
            <translation>
                <numerusform>Imagen clave marcada (%n imagen clave en este estudio).</numerusform>
                <numerusform>Imagen clave marcada (%n imágenes clave en este estudio).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Key image unflagged (%n key image(s) in this study).</source>
            <translation>
                <numerusform>Imagen clave desmarcada (%n imagen clave en este estudio).</numerusform>
                <numerusform>Imagen clave desmarcada (%n imágenes clave en este estudio).</numerusform>
            </translation>
        </message>
        <message>
            <source>Key images not exported: %1</source>
            <translation>Imágenes clave no exportadas: %1</translation>
        </message>
        <message>
            <source>Key Object Selection written to %1</source>
            <translation>Key Object Selection escrito en %1</translation>
        </message>
        <message>
            <source>Presentation state not exported: no series is shown.</source>
            <translation>Estado de presentación no exportado: no se muestra ninguna serie.</translation>
        </message>
        <message>
            <source>Presentation state not exported: %1</source>
            <translation>Estado de presentación no exportado: %1</translation>
        </message>
        <message>
            <source>Presentation state written to %1</source>
            <translation>Estado de presentación escrito en %1</translation>
        </message>
        <message>
            <source>Study marked read by %1.</source>
            <translation>Estudio marcado como leído por %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReadingSession</name>
        <message>
            <source>A saved measurement cannot be read: %1</source>
            <translation>No se puede leer una medición guardada: %1</translation>
        </message>
        <message numerus="yes">
            <source>This study has %n other saved measurement set(s) (by %1); only the first is shown.</source>
            <translation>
                <numerusform>Este estudio tiene %n otro conjunto de mediciones guardado (de %1); solo se muestra el primero.</numerusform>
                <numerusform>Este estudio tiene otros %n conjuntos de mediciones guardados (de %1); solo se muestra el primero.</numerusform>
            </translation>
        </message>
        <message>
            <source>Presentation state %1 cannot be read: %2</source>
            <translation>No se puede leer el estado de presentación %1: %2</translation>
        </message>
        <message>
            <source>Not saved: %1 Reopen the study to see their version.</source>
            <translation>No guardado: %1 Vuelva a abrir el estudio para ver su versión.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>the image %1 is not among the images open</source>
            <translation>la imagen %1 no está entre las imágenes abiertas</translation>
        </message>
        <message>
            <source>the catalog did not take the file</source>
            <translation>el catálogo no aceptó el archivo</translation>
        </message>
        <message>
            <source>no image is flagged as key image</source>
            <translation>ninguna imagen está marcada como imagen clave</translation>
        </message>
        <message>
            <source>the folder %1 cannot be created</source>
            <translation>no se puede crear la carpeta %1</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Imágenes clave</translation>
        </message>
        <message>
            <source>written to %1 but not catalogued: %2</source>
            <translation>escrito en %1, pero no catalogado: %2</translation>
        </message>
        <message>
            <source>no series is shown</source>
            <translation>no se muestra ninguna serie</translation>
        </message>
        <message>
            <source>Measurements and display by %1</source>
            <translation>Mediciones y visualización de %1</translation>
        </message>
        <message>
            <source>Window on screen</source>
            <translation>Ventana en pantalla</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mediciones</translation>
        </message>
        <message>
            <source>Presentation state</source>
            <translation>Estado de presentación</translation>
        </message>
        <message>
            <source>This study is not in the study catalog: open it from the study list to mark it read.</source>
            <translation>Este estudio no está en el catálogo de estudios: ábralo desde la lista de estudios para marcarlo como leído.</translation>
        </message>
        <message>
            <source>Not marked read: %1</source>
            <translation>No marcado como leído: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ReceiverController</name>
        <message>
            <source>Not receiving studies sent to %1: the catalog is read-only.</source>
            <translation>No se reciben los estudios enviados a %1: el catálogo es de solo lectura.</translation>
        </message>
        <message>
            <source>Not receiving studies sent to %1 on port %2: %3</source>
            <translation>No se reciben los estudios enviados a %1 en el puerto %2: %3</translation>
        </message>
        <message>
            <source>Receiving as %1 on port %2 (DICOM TLS)</source>
            <translation>Recibiendo como %1 en el puerto %2 (DICOM TLS)</translation>
        </message>
        <message>
            <source>Receiving as %1 on port %2</source>
            <translation>Recibiendo como %1 en el puerto %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RecistChartView</name>
        <message>
            <source>Lesion diameters and sum over time</source>
            <translation>Diámetros de las lesiones y suma a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Fecha del estudio</translation>
        </message>
        <message>
            <source>Diameter (mm)</source>
            <translation>Diámetro (mm)</translation>
        </message>
        <message>
            <source>Sum of target diameters</source>
            <translation>Suma de diámetros de las lesiones diana</translation>
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
            <translation>No se pudo realizar la solicitud.</translation>
        </message>
        <message>
            <source>The archive's host name is unknown.</source>
            <translation>El nombre de host del archivo es desconocido.</translation>
        </message>
        <message>
            <source>The archive refused the connection (nothing listens on that port).</source>
            <translation>El archivo rechazó la conexión (no hay nada escuchando en ese puerto).</translation>
        </message>
        <message>
            <source>The archive's host is unreachable.</source>
            <translation>El host del archivo no es accesible.</translation>
        </message>
        <message>
            <source>The archive timed out.</source>
            <translation>Se agotó el tiempo de espera del archivo.</translation>
        </message>
        <message>
            <source>The archive rejected us (unknown AE title or not allowed).</source>
            <translation>El archivo nos rechazó (AE title desconocido o no autorizado).</translation>
        </message>
        <message>
            <source>The archive does not offer this service.</source>
            <translation>El archivo no ofrece este servicio.</translation>
        </message>
        <message>
            <source>The connection to the archive was lost.</source>
            <translation>Se perdió la conexión con el archivo.</translation>
        </message>
        <message>
            <source>The archive reported a failure.</source>
            <translation>El archivo informó de un fallo.</translation>
        </message>
        <message>
            <source>The files could not be stored here (disk full or not writable).</source>
            <translation>No se pudieron almacenar los archivos aquí (disco lleno o sin permiso de escritura).</translation>
        </message>
        <message>
            <source>Our DICOM port is already in use.</source>
            <translation>Nuestro puerto DICOM ya está en uso.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>The archive refused the credentials.</source>
            <translation>El archivo rechazó las credenciales.</translation>
        </message>
        <message>
            <source>The archive's certificate was not trusted.</source>
            <translation>El certificado del archivo no es de confianza.</translation>
        </message>
        <message>
            <source>The secure (TLS) connection failed.</source>
            <translation>Falló la conexión segura (TLS).</translation>
        </message>
        <message>
            <source>Password needed for node %1 (user "%2"): none is saved for it in this session or the desktop keyring.</source>
            <translation>Se necesita la contraseña del nodo %1 (usuario "%2"): no hay ninguna guardada para él en esta sesión ni en el llavero del escritorio.</translation>
        </message>
        <message>
            <source>Token needed for node %1: none is saved for it in this session or the desktop keyring.</source>
            <translation>Se necesita el token del nodo %1: no hay ninguno guardado para él en esta sesión ni en el llavero del escritorio.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::RetrieveJob</name>
        <message>
            <source>The retrieve from %1 was cancelled.</source>
            <translation>Se canceló la recuperación desde %1.</translation>
        </message>
        <message>
            <source>%1 holds no instances of this study.</source>
            <translation>%1 no contiene instancias de este estudio.</translation>
        </message>
        <message>
            <source>Not enough disk space to retrieve %1 instances (about %2 MB); nothing was fetched. %3</source>
            <translation>No hay espacio en disco suficiente para recuperar %1 instancias (unos %2 MB); no se descargó nada. %3</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>No se puede crear la carpeta %1.</translation>
        </message>
        <message>
            <source>The retrieved instances could not be catalogued.</source>
            <translation>No se pudieron catalogar las instancias recuperadas.</translation>
        </message>
        <message>
            <source>%1 instances listed by %2 did not arrive or could not be catalogued.</source>
            <translation>%1 instancias listadas por %2 no llegaron o no se pudieron catalogar.</translation>
        </message>
        <message>
            <source>Everything %1 holds of this study is already here (%2 instances).</source>
            <translation>Todo lo que %1 tiene de este estudio ya está aquí (%2 instancias).</translation>
        </message>
        <message numerus="yes">
            <source>Retrieved %n instance(s) from %1; %2 already here.</source>
            <translation>
                <numerusform>Se recuperó %n instancia de %1; %2 ya estaban aquí.</numerusform>
                <numerusform>Se recuperaron %n instancias de %1; %2 ya estaban aquí.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SecuritySettingsPage</name>
        <message>
            <source>Idle lock</source>
            <translation>Bloqueo por inactividad</translation>
        </message>
        <message>
            <source>Minutes without input before the viewer locks, 0 for never</source>
            <translation>Minutos sin actividad antes de que el visor se bloquee; 0 para nunca</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>&amp;Lock after no input for:</source>
            <translation>&amp;Bloquear tras una inactividad de:</translation>
        </message>
        <message>
            <source>When nobody touches the keyboard, mouse or screen for this long, the viewer hides patient data, pauses cine loops and shows who was reading. Continuing, or switching to another user, is recorded in the audit log. This is a privacy lock, not a login: it checks no password, so lock the computer too when you leave it. The default is %1 minutes; 0 turns the lock off.</source>
            <translation>Cuando nadie toca el teclado, el ratón o la pantalla durante este tiempo, el visor oculta los datos del paciente, pausa los bucles de cine y muestra quién estaba leyendo. Continuar, o cambiar a otro usuario, queda registrado en el registro de auditoría. Es un bloqueo de privacidad, no un inicio de sesión: no comprueba ninguna contraseña, así que bloquee también el equipo cuando se ausente. El valor predeterminado es %1 minutos; 0 desactiva el bloqueo.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>Every study opened, imported, exported, sent, retrieved or deleted, and every change of user, is recorded in the catalog's audit log. A copy of each event can also go to a syslog server (IHE ATNA audit record repository).</source>
            <translation>Cada estudio abierto, importado, exportado, enviado, recuperado o eliminado, y cada cambio de usuario, queda registrado en el registro de auditoría del catálogo. También se puede enviar una copia de cada evento a un servidor syslog (repositorio de registros de auditoría IHE ATNA).</translation>
        </message>
        <message>
            <source>Syslog destination of the audit log</source>
            <translation>Destino syslog del registro de auditoría</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Send to &amp;syslog:</source>
            <translation>Enviar a &amp;syslog:</translation>
        </message>
        <message>
            <source>Send t&amp;est message</source>
            <translation>Enviar mensaje de &amp;prueba</translation>
        </message>
        <message>
            <source>Send a test message, naming no patient, to the syslog destination</source>
            <translation>Enviar un mensaje de prueba, sin nombrar a ningún paciente, al destino syslog</translation>
        </message>
        <message>
            <source>Empty: no syslog. "local": this computer's syslog (/dev/log). udp://host:port or tcp://host:port: an audit record repository, for example udp://arr.example.org:514 (port 514 when left out). A new destination applies when the settings are stored. Patient names and IDs go into these messages as DICOM audit messages require: send them only to a server of your institution.</source>
            <translation>Vacío: sin syslog. "local": el syslog de este equipo (/dev/log). udp://host:puerto o tcp://host:puerto: un repositorio de registros de auditoría, por ejemplo udp://arr.example.org:514 (puerto 514 si se omite). Un nuevo destino se aplica al guardar la configuración. Los nombres e ID de los pacientes se incluyen en estos mensajes, como exigen los mensajes de auditoría DICOM: envíelos solo a un servidor de su institución.</translation>
        </message>
        <message>
            <source>Sending a test message to %1…</source>
            <translation>Enviando un mensaje de prueba a %1…</translation>
        </message>
        <message>
            <source>The test message could not be sent to %1: %2</source>
            <translation>No se pudo enviar el mensaje de prueba a %1: %2</translation>
        </message>
        <message>
            <source>Test message sent to %1. UDP does not confirm delivery: check that the server received it.</source>
            <translation>Mensaje de prueba enviado a %1. UDP no confirma la entrega: compruebe que el servidor lo recibió.</translation>
        </message>
        <message>
            <source>Test message delivered to %1.</source>
            <translation>Mensaje de prueba entregado a %1.</translation>
        </message>
        <message>
            <source>Syslog: %1</source>
            <translation>Syslog: %1</translation>
        </message>
        <message>
            <source>Idle lock: %1</source>
            <translation>Bloqueo por inactividad: %1</translation>
        </message>
        <message>
            <source>Audit events stay in the catalog only.</source>
            <translation>Los eventos de auditoría permanecen solo en el catálogo.</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>No válido: %1</translation>
        </message>
        <message>
            <source>Audit events also go to this computer's syslog.</source>
            <translation>Los eventos de auditoría se envían también al syslog de este equipo.</translation>
        </message>
        <message>
            <source>Audit events also go to %1, port %2, over %3.</source>
            <translation>Los eventos de auditoría se envían también a %1, puerto %2, mediante %3.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SendJob</name>
        <message>
            <source>None of the %1 instances has its file on this computer.</source>
            <translation>Ninguna de las %1 instancias tiene su archivo en este equipo.</translation>
        </message>
        <message>
            <source>The study has no instances to send.</source>
            <translation>El estudio no tiene instancias para enviar.</translation>
        </message>
        <message>
            <source>The send was cancelled.</source>
            <translation>Se canceló el envío.</translation>
        </message>
        <message>
            <source>Sent %1 instances; %2 were not sent because their files are missing on this computer.</source>
            <translation>Se enviaron %1 instancias; %2 no se enviaron porque faltan sus archivos en este equipo.</translation>
        </message>
        <message>
            <source>Sent %1 instances to %2.</source>
            <translation>Se enviaron %1 instancias a %2.</translation>
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
            <translation>Nac. %1  Sexo %2</translation>
        </message>
        <message>
            <source>Study %1</source>
            <translation>Estudio %1</translation>
        </message>
        <message>
            <source>Frame %1/%2</source>
            <translation>Fotograma %1/%2</translation>
        </message>
        <message>
            <source>Slice %1/%2</source>
            <translation>Corte %1/%2</translation>
        </message>
        <message>
            <source>Position %1 mm</source>
            <translation>Posición %1 mm</translation>
        </message>
        <message>
            <source>Thickness %1 mm</source>
            <translation>Grosor %1 mm</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm</source>
            <translation>Píxel %1 x %2 mm</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm at detector</source>
            <translation>Píxel %1 x %2 mm en el detector</translation>
        </message>
        <message>
            <source>Pixel %1 x %2 mm (US region)</source>
            <translation>Píxel %1 x %2 mm (región de ecografía)</translation>
        </message>
        <message>
            <source>No calibration: pixels only</source>
            <translation>Sin calibración: solo píxeles</translation>
        </message>
        <message>
            <source>VOI LUT</source>
            <translation>VOI LUT</translation>
        </message>
        <message>
            <source>W %1  L %2</source>
            <translation>V %1  N %2</translation>
        </message>
        <message>
            <source>Zoom %1%</source>
            <translation>Zoom %1%</translation>
        </message>
        <message>
            <source>Rotated %1°</source>
            <translation>Girada %1°</translation>
        </message>
        <message>
            <source>Flipped</source>
            <translation>Volteada</translation>
        </message>
        <message>
            <source>Inverted</source>
            <translation>Invertida</translation>
        </message>
        <message>
            <source>LOSSY</source>
            <translation>CON PÉRDIDA</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Páginas de configuración</translation>
        </message>
        <message>
            <source>&amp;PACS nodes</source>
            <translation>Nodos &amp;PACS</translation>
        </message>
        <message>
            <source>C&amp;atalog</source>
            <translation>C&amp;atálogo</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Idi&amp;oma</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>P&amp;rotocols</source>
            <translation>P&amp;rotocolos</translation>
        </message>
        <message>
            <source>C&amp;ine</source>
            <translation>C&amp;ine</translation>
        </message>
        <message>
            <source>&amp;Storage</source>
            <translation>Al&amp;macenamiento</translation>
        </message>
        <message>
            <source>Sec&amp;urity</source>
            <translation>Seg&amp;uridad</translation>
        </message>
        <message>
            <source>Store the settings and close</source>
            <translation>Guardar la configuración y cerrar</translation>
        </message>
        <message>
            <source>Store the settings</source>
            <translation>Guardar la configuración</translation>
        </message>
        <message>
            <source>Close without storing the settings</source>
            <translation>Cerrar sin guardar la configuración</translation>
        </message>
        <message>
            <source>Settings stored in %1.</source>
            <translation>Configuración guardada en %1.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SharedCatalogMonitor</name>
        <message>
            <source>Shared catalog state</source>
            <translation>Estado del catálogo compartido</translation>
        </message>
        <message>
            <source>Not sent after the outage: %1</source>
            <translation>No enviado tras la interrupción: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made while offline were saved to the shared catalog.</source>
            <translation>
                <numerusform>%n cambio realizado sin conexión se guardó en el catálogo compartido.</numerusform>
                <numerusform>%n cambios realizados sin conexión se guardaron en el catálogo compartido.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made while offline conflict with another workstation's: see Warnings.</source>
            <translation>
                <numerusform>%n cambio realizado sin conexión entra en conflicto con los de otra estación de trabajo: vea Advertencias.</numerusform>
                <numerusform>%n cambios realizados sin conexión entran en conflicto con los de otra estación de trabajo: vea Advertencias.</numerusform>
            </translation>
        </message>
        <message>
            <source>Shared catalog: %1</source>
            <translation>Catálogo compartido: %1</translation>
        </message>
        <message>
            <source>Shared catalog OFFLINE: showing what was loaded; measurements are kept and sent later</source>
            <translation>Catálogo compartido SIN CONEXIÓN: se muestra lo ya cargado; las mediciones se conservan y se enviarán más tarde</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StorageSettingsPage</name>
        <message>
            <source>Managed store</source>
            <translation>Almacenamiento gestionado</translation>
        </message>
        <message>
            <source>Copies of studies retrieved from a PACS, received, or copied from media are kept in the managed store.</source>
            <translation>Las copias de los estudios recuperados de un PACS, recibidos o copiados desde soportes se conservan en el almacenamiento gestionado.</translation>
        </message>
        <message>
            <source>Largest size of the managed store in gibibytes, 0 for no limit</source>
            <translation>Tamaño máximo del almacenamiento gestionado en gibibytes; 0 para sin límite</translation>
        </message>
        <message>
            <source> GiB</source>
            <translation> GiB</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>Largest &amp;size:</source>
            <translation>&amp;Tamaño máximo:</translation>
        </message>
        <message>
            <source>Days after the last opening when a study may leave the store, 0 for no limit</source>
            <translation>Días tras la última apertura a partir de los cuales un estudio puede salir del almacenamiento; 0 para sin límite</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Remove after &amp;unused for:</source>
            <translation>Quitar tras no &amp;usarse durante:</translation>
        </message>
        <message>
            <source>Above the size, or once a study has not been opened for that many days, the viewer removes copies it can retrieve again from an archive, least recently used first. Copies from media or folders, objects created here and not yet sent, and files opened where they are stay untouched. 0 means no limit.</source>
            <translation>Por encima del tamaño, o cuando un estudio no se ha abierto en ese número de días, el visor elimina las copias que puede volver a recuperar de un archivo, empezando por las usadas hace más tiempo. Las copias de soportes o carpetas, los objetos creados aquí y aún no enviados, y los archivos abiertos en su ubicación no se tocan. 0 significa sin límite.</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memoria</translation>
        </message>
        <message>
            <source> MiB</source>
            <translation> MiB</translation>
        </message>
        <message>
            <source>Automatic (%1 MiB)</source>
            <translation>Automático (%1 MiB)</translation>
        </message>
        <message>
            <source>Memory budget for decoded images in mebibytes, 0 for automatic</source>
            <translation>Límite de memoria para imágenes decodificadas en mebibytes; 0 para automático</translation>
        </message>
        <message>
            <source>Image &amp;memory budget:</source>
            <translation>Límite de &amp;memoria de imágenes:</translation>
        </message>
        <message>
            <source>Decoded images of all open studies share this memory; beyond it, the images used least recently are released and decoded again when needed. 0 = automatic (a quarter of physical memory: %1 MiB of %2 MiB). Otherwise at least %3 MiB.</source>
            <translation>Las imágenes decodificadas de todos los estudios abiertos comparten esta memoria; por encima de ella, las imágenes usadas hace más tiempo se liberan y se vuelven a decodificar cuando se necesitan. 0 = automático (una cuarta parte de la memoria física: %1 MiB de %2 MiB). Si no, al menos %3 MiB.</translation>
        </message>
        <message>
            <source>Store folder: %1</source>
            <translation>Carpeta de almacenamiento: %1</translation>
        </message>
        <message>
            <source>Measuring what the store holds…</source>
            <translation>Midiendo el contenido del almacenamiento…</translation>
        </message>
        <message>
            <source>The store is empty (the folder is created with the first copy).</source>
            <translation>El almacenamiento está vacío (la carpeta se crea con la primera copia).</translation>
        </message>
        <message numerus="yes">
            <source>It holds %1 in %n file(s).</source>
            <translation>
                <numerusform>Contiene %1 en %n archivo.</numerusform>
                <numerusform>Contiene %1 en %n archivos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Memory budget: %1</source>
            <translation>Límite de memoria: %1</translation>
        </message>
        <message>
            <source>Managed store: %1</source>
            <translation>Almacenamiento gestionado: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StoreCommands</name>
        <message>
            <source>The managed store: its size, and evicting studies that can be retrieved again.</source>
            <translation>El almacenamiento gestionado: su tamaño y la expulsión de estudios que se pueden volver a recuperar.</translation>
        </message>
        <message>
            <source>Catalog database file or postgresql:// URL.</source>
            <translation>Archivo de base de datos del catálogo o URL postgresql://.</translation>
        </message>
        <message>
            <source>Size limit in GiB (default: the setting store/maxSizeGiB; 0 = none).</source>
            <translation>Límite de tamaño en GiB (predeterminado: la opción store/maxSizeGiB; 0 = ninguno).</translation>
        </message>
        <message>
            <source>Evict studies not used for N days (default: store/maxAgeDays; 0 = none).</source>
            <translation>Expulsar estudios no usados en N días (predeterminado: store/maxAgeDays; 0 = ninguno).</translation>
        </message>
        <message>
            <source>Say what would be evicted; delete nothing.</source>
            <translation>Indicar qué se expulsaría; no eliminar nada.</translation>
        </message>
        <message>
            <source>Managed store folder (default: the catalog's).</source>
            <translation>Carpeta del almacenamiento gestionado (predeterminada: la del catálogo).</translation>
        </message>
        <message>
            <source>status or prune</source>
            <translation>status o prune</translation>
        </message>
        <message>
            <source>usage: continuum store status|prune [--max-size-gib N] [--max-age-days N] [--dry-run] [--catalog FILE]</source>
            <translation>uso: continuum store status|prune [--max-size-gib N] [--max-age-days N] [--dry-run] [--catalog ARCHIVO]</translation>
        </message>
        <message>
            <source>--max-size-gib needs a number of GiB (0 = no limit)</source>
            <translation>--max-size-gib necesita un número de GiB (0 = sin límite)</translation>
        </message>
        <message>
            <source>--max-age-days needs a whole number of days (0 = no limit)</source>
            <translation>--max-age-days necesita un número entero de días (0 = sin límite)</translation>
        </message>
        <message>
            <source>cannot open the catalog %1: %2</source>
            <translation>no se puede abrir el catálogo %1: %2</translation>
        </message>
        <message>
            <source>retrievable again</source>
            <translation>se puede volver a recuperar</translation>
        </message>
        <message>
            <source>%1 unsent object(s) created here</source>
            <translation>%1 objeto(s) creado(s) aquí sin enviar</translation>
        </message>
        <message>
            <source>copied from media, a folder or a push: kept</source>
            <translation>copiado de un soporte, una carpeta o un envío recibido: se conserva</translation>
        </message>
        <message>
            <source>%1 in %2 files of %3 studies in %4; %5 can be evicted; limits: %6, %7</source>
            <translation>%1 en %2 archivos de %3 estudios en %4; se pueden expulsar %5; límites: %6, %7</translation>
        </message>
        <message>
            <source>no size limit</source>
            <translation>sin límite de tamaño</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 días</translation>
        </message>
        <message>
            <source>no age limit</source>
            <translation>sin límite de antigüedad</translation>
        </message>
        <message>
            <source>no limit is set: give --max-size-gib or --max-age-days, or set them in the settings</source>
            <translation>no hay ningún límite definido: indique --max-size-gib o --max-age-days, o defínalos en la configuración</translation>
        </message>
        <message>
            <source>would evict</source>
            <translation>se expulsaría</translation>
        </message>
        <message>
            <source>evicted</source>
            <translation>expulsado</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>conservado</translation>
        </message>
        <message>
            <source>%1 %2 (%3 files); the store holds %4 of managed copies%5</source>
            <translation>%1 %2 (%3 archivos); el almacenamiento contiene %4 de copias gestionadas%5</translation>
        </message>
        <message>
            <source>would free</source>
            <translation>se liberaría</translation>
        </message>
        <message>
            <source>freed</source>
            <translation>liberado</translation>
        </message>
        <message>
            <source>, still over the size limit: the rest is unsent work, open, or copied from media</source>
            <translation>, aún por encima del límite de tamaño: el resto es trabajo no enviado, abierto o copiado de soportes</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StructuredReportView</name>
        <message>
            <source>Concept</source>
            <translation>Concepto</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Árbol</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>(%1 item %2)</source>
            <translation>(%1 elemento %2)</translation>
        </message>
        <message>
            <source>Click to show %1</source>
            <translation>Haga clic para mostrar %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyDocumentsPanel</name>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Informe PDF</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Imágenes clave</translation>
        </message>
        <message>
            <source>Presentation state</source>
            <translation>Estado de presentación</translation>
        </message>
        <message>
            <source>Reports and key objects of the study</source>
            <translation>Informes y objetos clave del estudio</translation>
        </message>
        <message>
            <source>Referenced images</source>
            <translation>Imágenes referenciadas</translation>
        </message>
        <message>
            <source>No reports or key objects came with this study.</source>
            <translation>Este estudio no incluye informes ni objetos clave.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Image %1</source>
            <translation>Imagen %1</translation>
        </message>
        <message>
            <source>Image %1, frame %2</source>
            <translation>Imagen %1, fotograma %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n image(s)</source>
            <translation>
                <numerusform>%1: %n imagen</numerusform>
                <numerusform>%1: %n imágenes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2), %3</source>
            <translation>%1 (%2), %3</translation>
        </message>
        <message numerus="yes">
            <source>%n graphic(s)</source>
            <translation>
                <numerusform>%n gráfico</numerusform>
                <numerusform>%n gráficos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s)</source>
            <translation>
                <numerusform>%n texto</numerusform>
                <numerusform>%n textos</numerusform>
            </translation>
        </message>
        <message>
            <source>window/level set</source>
            <translation>ventana/nivel definidos</translation>
        </message>
        <message>
            <source>rotated %1°%2</source>
            <translation>girada %1°%2</translation>
        </message>
        <message>
            <source>, flipped</source>
            <translation>, volteada</translation>
        </message>
        <message numerus="yes">
            <source>applies to %n image(s):</source>
            <translation>
                <numerusform>se aplica a %n imagen:</numerusform>
                <numerusform>se aplica a %n imágenes:</numerusform>
            </translation>
        </message>
        <message>
            <source>This document cannot be shown: %1</source>
            <translation>No se puede mostrar este documento: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyListModel</name>
        <message>
            <source>Unread</source>
            <translation>No leído</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Leído</translation>
        </message>
        <message numerus="yes">
            <source>%1, incomplete (%n series)</source>
            <translation>
                <numerusform>%1, incompleto (%n serie)</numerusform>
                <numerusform>%1, incompleto (%n series)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n series of this study did not finish importing: more files may exist. Importing the same files again completes them.</source>
            <translation>
                <numerusform>%n serie de este estudio no terminó de importarse: puede haber más archivos. Al importar de nuevo los mismos archivos se completa.</numerusform>
                <numerusform>%n series de este estudio no terminaron de importarse: puede haber más archivos. Al importar de nuevo los mismos archivos se completan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to sort by this column</source>
            <translation>Haga clic para ordenar por esta columna</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>ID de paciente</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Study date</source>
            <translation>Fecha del estudio</translation>
        </message>
        <message>
            <source>Modalities</source>
            <translation>Modalidades</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>N.º de acceso</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::StudyRetrieveQueue</name>
        <message>
            <source>The PACS nodes file cannot be read: %1</source>
            <translation>No se puede leer el archivo de nodos PACS: %1</translation>
        </message>
        <message>
            <source>The PACS node "%1" is no longer configured.</source>
            <translation>El nodo PACS "%1" ya no está configurado.</translation>
        </message>
        <message>
            <source>The retrieve could not start.</source>
            <translation>No se pudo iniciar la recuperación.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::SwitchUserDialog</name>
        <message>
            <source>Switch user</source>
            <translation>Cambiar de usuario</translation>
        </message>
        <message>
            <source>Give the name of the user who reads from now on. It is recorded in the audit log and marks the studies this user reads. The viewer does not check a password: the name is taken as given.</source>
            <translation>Indique el nombre del usuario que lee a partir de ahora. Queda registrado en el registro de auditoría y marca los estudios que lee este usuario. El visor no comprueba ninguna contraseña: el nombre se toma tal como se indica.</translation>
        </message>
        <message>
            <source>Name of the reading user</source>
            <translation>Nombre del usuario de lectura</translation>
        </message>
        <message>
            <source>&amp;Read as:</source>
            <translation>&amp;Leer como:</translation>
        </message>
        <message>
            <source>&amp;Switch</source>
            <translation>&amp;Cambiar</translation>
        </message>
        <message>
            <source>Read as this user</source>
            <translation>Leer como este usuario</translation>
        </message>
        <message>
            <source>Keep the current user</source>
            <translation>Mantener el usuario actual</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::ThemeSettingsPage</name>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>%1 theme</source>
            <translation>Tema %1</translation>
        </message>
        <message>
            <source>The theme applies to every window at once.</source>
            <translation>El tema se aplica a todas las ventanas a la vez.</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TimelinePanel</name>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Show %1 studies</source>
            <translation>Mostrar estudios %1</translation>
        </message>
        <message>
            <source>Show or hide the %1 lane's studies</source>
            <translation>Mostrar u ocultar los estudios de la línea %1</translation>
        </message>
        <message>
            <source>Modality shown on the timeline</source>
            <translation>Modalidad mostrada en la cronología</translation>
        </message>
        <message>
            <source>All modalities</source>
            <translation>Todas las modalidades</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Open the selected study in its department's layout (retrieving it first when only the PACS has it)</source>
            <translation>Abrir el estudio seleccionado en la disposición de su servicio (recuperándolo antes si solo está en el PACS)</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>Co&amp;mparar</translation>
        </message>
        <message>
            <source>Open the selected studies side by side, the newest as current (oncology comparison)</source>
            <translation>Abrir los estudios seleccionados uno junto a otro, el más reciente como actual (comparación oncológica)</translation>
        </message>
        <message>
            <source>Retrieve all &amp;priors</source>
            <translation>Recuperar todos los estudios &amp;previos</translation>
        </message>
        <message>
            <source>Retrieve every study of this patient that only the PACS has</source>
            <translation>Recuperar todos los estudios de este paciente que solo están en el PACS</translation>
        </message>
        <message>
            <source>Retrieve all &amp;priors (%1)</source>
            <translation>Recuperar todos los estudios &amp;previos (%1)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TimelineWidget</name>
        <message>
            <source>Patient timeline</source>
            <translation>Cronología del paciente</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(sin descripción)</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>fecha desconocida</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>no modality</source>
            <translation>sin modalidad</translation>
        </message>
        <message>
            <source>1 image</source>
            <translation>1 imagen</translation>
        </message>
        <message>
            <source>%1 images</source>
            <translation>%1 imágenes</translation>
        </message>
        <message>
            <source>Incomplete: retrieve interrupted</source>
            <translation>Incompleto: recuperación interrumpida</translation>
        </message>
        <message>
            <source>Incomplete: series still importing or interrupted (%1)</source>
            <translation>Incompleto: serie aún importándose o interrumpida (%1)</translation>
        </message>
        <message>
            <source>Also on PACS: %1</source>
            <translation>También en el PACS: %1</translation>
        </message>
        <message>
            <source>On: %1</source>
            <translation>En: %1</translation>
        </message>
        <message>
            <source>No studies for this patient</source>
            <translation>No hay estudios de este paciente</translation>
        </message>
        <message>
            <source>No study matches the timeline filter</source>
            <translation>Ningún estudio coincide con el filtro de la cronología</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (hidden)</source>
            <translation>%1 (oculto)</translation>
        </message>
        <message>
            <source>1 study</source>
            <translation>1 estudio</translation>
        </message>
        <message>
            <source>%1 studies</source>
            <translation>%1 estudios</translation>
        </message>
        <message>
            <source>%1 with a patient name or birth date mismatch</source>
            <translation>%1 con discrepancia de nombre del paciente o fecha de nacimiento</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 seleccionado(s)</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::TumorBoardReport</name>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Tumor board</source>
            <translation>Comité de tumores</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>no se puede escribir %1</translation>
        </message>
        <message>
            <source>Tumor board: response by RECIST 1.1</source>
            <translation>Comité de tumores: respuesta según RECIST 1.1</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>Paciente: %1</translation>
        </message>
        <message>
            <source>Patient ID: %1%2</source>
            <translation>ID de paciente: %1%2</translation>
        </message>
        <message>
            <source>Birth date: %1    Sex: %2</source>
            <translation>Fecha de nacimiento: %1    Sexo: %2</translation>
        </message>
        <message>
            <source>Timepoints</source>
            <translation>Puntos temporales</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Estudio</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Body region</source>
            <translation>Región anatómica</translation>
        </message>
        <message>
            <source>Study Instance UID</source>
            <translation>Study Instance UID</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>basal</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>seguimiento %1</translation>
        </message>
        <message>
            <source>Lesions</source>
            <translation>Lesiones</translation>
        </message>
        <message>
            <source>Overall response at %1: %2 (%3)</source>
            <translation>Respuesta global en %1: %2 (%3)</translation>
        </message>
        <message>
            <source>Not RECIST 1.1 conformant: %1</source>
            <translation>No conforme con RECIST 1.1: %1</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Evolución</translation>
        </message>
        <message>
            <source>Responses (RECIST 1.1)</source>
            <translation>Respuestas (RECIST 1.1)</translation>
        </message>
        <message>
            <source>%1 baseline: sum of diameters %2 mm</source>
            <translation>%1 basal: suma de diámetros %2 mm</translation>
        </message>
        <message>
            <source>%1: overall %2 (%3)</source>
            <translation>%1: global %2 (%3)</translation>
        </message>
        <message>
            <source>Target lesions: %1. %2</source>
            <translation>Lesiones diana: %1. %2</translation>
        </message>
        <message>
            <source>Non-target lesions: %1. %2</source>
            <translation>Lesiones no diana: %1. %2</translation>
        </message>
        <message>
            <source>New lesions: none</source>
            <translation>Lesiones nuevas: ninguna</translation>
        </message>
        <message>
            <source>New lesions: %1</source>
            <translation>Lesiones nuevas: %1</translation>
        </message>
        <message>
            <source>Key images</source>
            <translation>Imágenes clave</translation>
        </message>
        <message>
            <source>organ not given</source>
            <translation>órgano no indicado</translation>
        </message>
        <message>
            <source>, lymph node</source>
            <translation>, ganglio linfático</translation>
        </message>
        <message>
            <source>no key image</source>
            <translation>sin imagen clave</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>cannot finish %1</source>
            <translation>no se puede finalizar %1</translation>
        </message>
        <message>
            <source>nothing was written to %1</source>
            <translation>no se escribió nada en %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::app::UserSession</name>
        <message>
            <source>Give the name of the user.</source>
            <translation>Indique el nombre del usuario.</translation>
        </message>
        <message>
            <source>A user name has at most %1 characters.</source>
            <translation>Un nombre de usuario tiene como máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>A user name cannot hold control characters or line breaks.</source>
            <translation>Un nombre de usuario no puede contener caracteres de control ni saltos de línea.</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::EchoLoopTools</name>
        <message>
            <source>Frame %1</source>
            <translation>Fotograma %1</translation>
        </message>
        <message>
            <source>%1: not measured: %2</source>
            <translation>%1: no medido: %2</translation>
        </message>
        <message>
            <source>%1: length %2 mm</source>
            <translation>%1: longitud %2 mm</translation>
        </message>
        <message>
            <source>%1: area %2 cm²</source>
            <translation>%1: área %2 cm²</translation>
        </message>
        <message>
            <source>only a measured area traces the LV</source>
            <translation>solo un área medida traza el VI</translation>
        </message>
        <message>
            <source>frame %1 is marked neither end diastole nor end systole</source>
            <translation>el fotograma %1 no está marcado como telediástole ni como telesístole</translation>
        </message>
        <message>
            <source>the trace has no long axis</source>
            <translation>el trazado no tiene eje largo</translation>
        </message>
        <message>
            <source>unknown version of the stored loop measurements</source>
            <translation>versión desconocida de las mediciones de bucle guardadas</translation>
        </message>
        <message>
            <source>the stored measurements belong to another loop</source>
            <translation>las mediciones guardadas pertenecen a otro bucle</translation>
        </message>
        <message>
            <source>unknown apical view "%1"</source>
            <translation>vista apical desconocida "%1"</translation>
        </message>
        <message>
            <source>the stored marks belong to another loop</source>
            <translation>las marcas guardadas pertenecen a otro bucle</translation>
        </message>
        <message>
            <source>a stored measurement has no valid kind or frame</source>
            <translation>una medición guardada no tiene un tipo o fotograma válido</translation>
        </message>
        <message>
            <source>a stored measurement has a malformed point</source>
            <translation>una medición guardada tiene un punto mal formado</translation>
        </message>
        <message>
            <source>a stored measurement has the wrong number of points</source>
            <translation>una medición guardada tiene un número de puntos incorrecto</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::LvFunctionAssessment</name>
        <message>
            <source>no %1 loop</source>
            <translation>no hay bucle %1</translation>
        </message>
        <message>
            <source>no end-diastolic frame marked in the %1 loop</source>
            <translation>no hay ningún fotograma telediastólico marcado en el bucle %1</translation>
        </message>
        <message>
            <source>no end-systolic frame marked in the %1 loop</source>
            <translation>no hay ningún fotograma telesistólico marcado en el bucle %1</translation>
        </message>
        <message>
            <source>%1 contour not traced in the %2 view</source>
            <translation>contorno %1 no trazado en la vista %2</translation>
        </message>
        <message>
            <source>ejection fraction needs end-diastolic and end-systolic volumes by the same method</source>
            <translation>la fracción de eyección necesita volúmenes telediastólico y telesistólico obtenidos por el mismo método</translation>
        </message>
        <message>
            <source>apical 4-chamber</source>
            <translation>apical 4 cámaras</translation>
        </message>
        <message>
            <source>apical 2-chamber</source>
            <translation>apical 2 cámaras</translation>
        </message>
        <message>
            <source>end-diastolic</source>
            <translation>telediastólico</translation>
        </message>
        <message>
            <source>end-systolic</source>
            <translation>telesistólico</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::LvVolume</name>
        <message>
            <source>single-plane area-length</source>
            <translation>área-longitud monoplano</translation>
        </message>
        <message>
            <source>biplane Simpson (method of discs)</source>
            <translation>Simpson biplano (método de discos)</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::UltrasoundRegionCalibration</name>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>unit code %1</source>
            <translation>código de unidad %1</translation>
        </message>
        <message>
            <source>format %1</source>
            <translation>formato %1</translation>
        </message>
        <message>
            <source>%1, %2 x %3</source>
            <translation>%1, %2 x %3</translation>
        </message>
        <message>
            <source>no format</source>
            <translation>sin formato</translation>
        </message>
        <message>
            <source>2D</source>
            <translation>2D</translation>
        </message>
        <message>
            <source>M-mode</source>
            <translation>Modo M</translation>
        </message>
        <message>
            <source>spectral</source>
            <translation>espectral</translation>
        </message>
        <message>
            <source>waveform</source>
            <translation>trazado</translation>
        </message>
        <message>
            <source>graphics</source>
            <translation>gráficos</translation>
        </message>
        <message>
            <source>File not found.</source>
            <translation>Archivo no encontrado.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file.</source>
            <translation>No es un archivo DICOM legible.</translation>
        </message>
        <message>
            <source>no ultrasound regions: the image carries no calibration</source>
            <translation>no hay regiones de ecografía: la imagen no tiene calibración</translation>
        </message>
        <message>
            <source>outside any calibrated region</source>
            <translation>fuera de cualquier región calibrada</translation>
        </message>
        <message>
            <source>region is Doppler (time/velocity)</source>
            <translation>la región es Doppler (tiempo/velocidad)</translation>
        </message>
        <message>
            <source>region is M-mode (time/depth)</source>
            <translation>la región es modo M (tiempo/profundidad)</translation>
        </message>
        <message>
            <source>region is a waveform trace (time), not an image</source>
            <translation>la región es un trazado (tiempo), no una imagen</translation>
        </message>
        <message>
            <source>region has no physical units</source>
            <translation>la región no tiene unidades físicas</translation>
        </message>
        <message>
            <source>region units are not centimetres</source>
            <translation>las unidades de la región no son centímetros</translation>
        </message>
        <message>
            <source>the points lie in different regions</source>
            <translation>los puntos están en regiones distintas</translation>
        </message>
        <message>
            <source>not enough points</source>
            <translation>no hay suficientes puntos</translation>
        </message>
    </context>
    <context>
        <name>continuum::cardiac::WaveformReader</name>
        <message>
            <source>File not found.</source>
            <translation>Archivo no encontrado.</translation>
        </message>
        <message>
            <source>File cannot be read.</source>
            <translation>No se puede leer el archivo.</translation>
        </message>
        <message>
            <source>The file is malformed: the DICOM toolkit failed while reading it.</source>
            <translation>El archivo está mal formado: el kit de herramientas DICOM falló al leerlo.</translation>
        </message>
        <message>
            <source>Not a readable DICOM file.</source>
            <translation>No es un archivo DICOM legible.</translation>
        </message>
        <message>
            <source>Waveform group %1</source>
            <translation>Grupo de trazados %1</translation>
        </message>
        <message>
            <source>%1 has no Number of Waveform Channels.</source>
            <translation>%1 no tiene Number of Waveform Channels.</translation>
        </message>
        <message>
            <source>%1 has no Number of Waveform Samples.</source>
            <translation>%1 no tiene Number of Waveform Samples.</translation>
        </message>
        <message>
            <source>%1 has no valid Sampling Frequency.</source>
            <translation>%1 no tiene una Sampling Frequency válida.</translation>
        </message>
        <message>
            <source>%1 has no Waveform Bits Allocated.</source>
            <translation>%1 no tiene Waveform Bits Allocated.</translation>
        </message>
        <message>
            <source>%1 stores %2-bit samples as "%3"; only 8-bit SB/UB and 16-bit SS/US are read.</source>
            <translation>%1 almacena muestras de %2 bits como "%3"; solo se leen SB/UB de 8 bits y SS/US de 16 bits.</translation>
        </message>
        <message>
            <source>%1 announces %2 channels but defines %3.</source>
            <translation>%1 anuncia %2 canales, pero define %3.</translation>
        </message>
        <message>
            <source>%1 has no Waveform Data.</source>
            <translation>%1 no tiene Waveform Data.</translation>
        </message>
        <message>
            <source>%1: Waveform Data holds %2 bytes, %3 channels x %4 samples need %5.</source>
            <translation>%1: Waveform Data contiene %2 bytes; %3 canales x %4 muestras necesitan %5.</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>Canal %1</translation>
        </message>
        <message>
            <source>Waveforms in big-endian files are not read.</source>
            <translation>No se leen los trazados de archivos big-endian.</translation>
        </message>
        <message>
            <source>The object carries no waveform (no Waveform Sequence).</source>
            <translation>El objeto no contiene ningún trazado (no hay Waveform Sequence).</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog</name>
        <message>
            <source>The catalog %1 is read-only (%2): you can browse it, but imports and changes are refused.</source>
            <translation>El catálogo %1 es de solo lectura (%2): puede explorarlo, pero se rechazan las importaciones y los cambios.</translation>
        </message>
        <message>
            <source>The catalog is not open.</source>
            <translation>El catálogo no está abierto.</translation>
        </message>
        <message>
            <source>The shared catalog is offline, so the reading status cannot change now (the other workstations could not see it). Try again when the connection is back. %1</source>
            <translation>El catálogo compartido está sin conexión, por lo que el estado de lectura no puede cambiar ahora (las demás estaciones de trabajo no lo verían). Inténtelo de nuevo cuando vuelva la conexión. %1</translation>
        </message>
        <message>
            <source>The object %1 is not in the catalog; catalogue it first.</source>
            <translation>El objeto %1 no está en el catálogo; catalóguelo primero.</translation>
        </message>
        <message>
            <source>The catalog could not record the object %1: %2</source>
            <translation>El catálogo no pudo registrar el objeto %1: %2</translation>
        </message>
        <message>
            <source>an unknown time</source>
            <translation>una hora desconocida</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>No catalog location was given.</source>
            <translation>No se indicó ninguna ubicación de catálogo.</translation>
        </message>
        <message>
            <source>The catalog server %1 cannot be reached: %2</source>
            <translation>No se puede acceder al servidor del catálogo %1: %2</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached, and the change could not be kept on this workstation either: %1</source>
            <translation>No se puede acceder al servidor del catálogo, y el cambio tampoco se pudo conservar en esta estación de trabajo: %1</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached; the deletion is kept on this workstation and will be applied when the server is back.</source>
            <translation>No se puede acceder al servidor del catálogo; la eliminación se conserva en esta estación de trabajo y se aplicará cuando vuelva el servidor.</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached; the annotation is kept on this workstation and will be saved when the server is back.</source>
            <translation>No se puede acceder al servidor del catálogo; la anotación se conserva en esta estación de trabajo y se guardará cuando vuelva el servidor.</translation>
        </message>
        <message>
            <source>The audit event could not be recorded in the catalog: %1</source>
            <translation>No se pudo registrar el evento de auditoría en el catálogo: %1</translation>
        </message>
        <message>
            <source>The catalog server cannot be reached, and the audit event could not be kept on this workstation either: %1</source>
            <translation>No se puede acceder al servidor del catálogo, y el evento de auditoría tampoco se pudo conservar en esta estación de trabajo: %1</translation>
        </message>
        <message>
            <source>The object %1 was not created on this workstation (recordCreatedObject), so its sending is not tracked.</source>
            <translation>El objeto %1 no se creó en esta estación de trabajo (recordCreatedObject), por lo que no se hace seguimiento de su envío.</translation>
        </message>
        <message>
            <source>The catalog could not forget the deleted files: %1</source>
            <translation>El catálogo no pudo olvidar los archivos eliminados: %1</translation>
        </message>
        <message>
            <source>The study is not in the catalog.</source>
            <translation>El estudio no está en el catálogo.</translation>
        </message>
        <message>
            <source>%1 changed this study at %2 after you loaded it; nothing was written. Its state is shown as it is now.</source>
            <translation>%1 modificó este estudio el %2 después de que usted lo cargara; no se escribió nada. Se muestra su estado actual.</translation>
        </message>
        <message>
            <source>%1 set this study's priority by hand; the worklist server's priority was not applied.</source>
            <translation>%1 definió manualmente la prioridad de este estudio; no se aplicó la prioridad del servidor de lista de trabajo.</translation>
        </message>
        <message>
            <source>The annotation is no longer in the catalog (deleted meanwhile).</source>
            <translation>La anotación ya no está en el catálogo (se eliminó entretanto).</translation>
        </message>
        <message>
            <source>An annotation with this identifier was already saved by %1 at %2; nothing was written.</source>
            <translation>%1 ya guardó una anotación con este identificador el %2; no se escribió nada.</translation>
        </message>
        <message>
            <source>%1 changed this annotation at %2 after you loaded it (revision %3, yours %4); nothing was written.</source>
            <translation>%1 modificó esta anotación el %2 después de que usted la cargara (revisión %3, la suya %4); no se escribió nada.</translation>
        </message>
        <message>
            <source>The annotation payload is not JSON: %1</source>
            <translation>El contenido de la anotación no es JSON: %1</translation>
        </message>
        <message>
            <source>The annotation has no kind.</source>
            <translation>La anotación no tiene tipo.</translation>
        </message>
        <message>
            <source>The catalog location must be a file path or a postgresql://user@host:port/database URL.</source>
            <translation>La ubicación del catálogo debe ser una ruta de archivo o una URL postgresql://usuario@host:puerto/basededatos.</translation>
        </message>
        <message>
            <source>The catalog URL is malformed: %1</source>
            <translation>La URL del catálogo está mal formada: %1</translation>
        </message>
        <message>
            <source>The catalog URL names no database (expected postgresql://user@host:port/database).</source>
            <translation>La URL del catálogo no indica ninguna base de datos (se esperaba postgresql://usuario@host:puerto/basededatos).</translation>
        </message>
        <message>
            <source>The catalog URL has an invalid port.</source>
            <translation>La URL del catálogo tiene un puerto no válido.</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog::CatalogChangeListener</name>
        <message>
            <source>the change notifications could not be subscribed</source>
            <translation>no se pudo suscribir a las notificaciones de cambios</translation>
        </message>
        <message>
            <source>The shared catalog is reachable again.</source>
            <translation>Se puede volver a acceder al catálogo compartido.</translation>
        </message>
    </context>
    <context>
        <name>continuum::catalog::StoreJanitor</name>
        <message>
            <source>within the limits</source>
            <translation>dentro de los límites</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>unsent objects created here</source>
            <translation>objetos creados aquí sin enviar</translation>
        </message>
        <message>
            <source>copied from media, a folder or a push: not known elsewhere</source>
            <translation>copiado de un soporte, una carpeta o un envío recibido: no se conoce en otro lugar</translation>
        </message>
        <message>
            <source>files could not be deleted</source>
            <translation>no se pudieron eliminar archivos</translation>
        </message>
        <message>
            <source>age limit</source>
            <translation>límite de antigüedad</translation>
        </message>
        <message>
            <source>size limit</source>
            <translation>límite de tamaño</translation>
        </message>
        <message>
            <source>open on this workstation</source>
            <translation>abierto en esta estación de trabajo</translation>
        </message>
        <message>
            <source>%1 object(s) created here not sent yet</source>
            <translation>%1 objeto(s) creado(s) aquí aún sin enviar</translation>
        </message>
        <message>
            <source>%1 file(s) copied from media or a folder, or pushed to this workstation</source>
            <translation>%1 archivo(s) copiado(s) de un soporte o una carpeta, o enviado(s) a esta estación de trabajo</translation>
        </message>
        <message>
            <source>Cannot list the files of study %1: %2</source>
            <translation>No se pueden listar los archivos del estudio %1: %2</translation>
        </message>
        <message>
            <source>Cannot delete %1: %2</source>
            <translation>No se puede eliminar %1: %2</translation>
        </message>
        <message>
            <source>Study %1: %2</source>
            <translation>Estudio %1: %2</translation>
        </message>
        <message>
            <source>%1 file(s) could not be deleted</source>
            <translation>No se pudieron eliminar %1 archivo(s)</translation>
        </message>
        <message>
            <source>Study %1: the eviction could not be audited: %2</source>
            <translation>Estudio %1: no se pudo auditar la expulsión: %2</translation>
        </message>
        <message>
            <source>Cannot read the managed store's studies from the catalog: %1</source>
            <translation>No se pueden leer del catálogo los estudios del almacenamiento gestionado: %1</translation>
        </message>
        <message>
            <source>used %1</source>
            <translation>usado el %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>no se puede leer %1: %2</translation>
        </message>
        <message>
            <source>cannot convert the text of %1 to UTF-8: %2</source>
            <translation>no se puede convertir el texto de %1 a UTF-8: %2</translation>
        </message>
        <message>
            <source>cannot set %1: %2</source>
            <translation>no se puede establecer %1: %2</translation>
        </message>
        <message>
            <source>cannot create %1</source>
            <translation>no se puede crear %1</translation>
        </message>
        <message>
            <source>a referenced image has no Series Instance UID</source>
            <translation>una imagen referenciada no tiene Series Instance UID</translation>
        </message>
        <message>
            <source>cannot create ReferencedSeriesSequence</source>
            <translation>no se puede crear ReferencedSeriesSequence</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents::SrDocumentBuilder</name>
        <message>
            <source>the document is not valid for its SR IOD (DCMTK's checks)</source>
            <translation>el documento no es válido para su IOD SR (comprobaciones de DCMTK)</translation>
        </message>
        <message>
            <source>cannot encode the document: %1</source>
            <translation>no se puede codificar el documento: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::documents::StructuredReport</name>
        <message>
            <source>frame %1</source>
            <translation>fotograma %1</translation>
        </message>
        <message>
            <source>%1: see item %2</source>
            <translation>%1: vea el elemento %2</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>en %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::AttributeKey</name>
        <message>
            <source>unknown attribute "%1": use a DICOM keyword (Modality), a tag ((0008,0060)) or a derived attribute (modalitiesInStudy, numberOfSeries, numberOfInstances, numberOfFrames, multiFrame, bodyPart, daysBeforeCurrent, orientation)</source>
            <translation>atributo desconocido "%1": use una palabra clave DICOM (Modality), una etiqueta ((0008,0060)) o un atributo derivado (modalitiesInStudy, numberOfSeries, numberOfInstances, numberOfFrames, multiFrame, bodyPart, daysBeforeCurrent, orientation)</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::HangingProtocolDicomReader</name>
        <message>
            <source>%1: not a readable DICOM file (%2)</source>
            <translation>%1: no es un archivo DICOM legible (%2)</translation>
        </message>
        <message>
            <source>%1: not a Hanging Protocol instance (SOP Class UID %2)</source>
            <translation>%1: no es una instancia Hanging Protocol (SOP Class UID %2)</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>%1: the Hanging Protocol has no display sets</source>
            <translation>%1: el Hanging Protocol no tiene display sets</translation>
        </message>
        <message>
            <source>%1: cannot be represented as a protocol: %2</source>
            <translation>%1: no se puede representar como protocolo: %2</translation>
        </message>
        <message>
            <source>%1 screens: laid out on one</source>
            <translation>%1 pantallas: dispuestas en una sola</translation>
        </message>
        <message>
            <source>Navigation Indicator Sequence: not shown</source>
            <translation>Navigation Indicator Sequence: no se muestra</translation>
        </message>
        <message>
            <source>Source Hanging Protocol Sequence: not kept</source>
            <translation>Source Hanging Protocol Sequence: no se conserva</translation>
        </message>
        <message>
            <source>anatomic region (%1, %2, "%3"): no body part for this code</source>
            <translation>región anatómica (%1, %2, "%3"): no hay región corporal para este código</translation>
        </message>
        <message>
            <source>Anatomic Region Modifier Sequence: not kept</source>
            <translation>Anatomic Region Modifier Sequence: no se conserva</translation>
        </message>
        <message>
            <source>Procedure Code Sequence: not kept</source>
            <translation>Procedure Code Sequence: no se conserva</translation>
        </message>
        <message>
            <source>Reason for Requested Procedure Code Sequence: not kept</source>
            <translation>Reason for Requested Procedure Code Sequence: no se conserva</translation>
        </message>
        <message>
            <source>image set selector without a value: ignored</source>
            <translation>selector de image set sin valor: se ignora</translation>
        </message>
        <message>
            <source>image set selector on %1 inside a sequence: ignored</source>
            <translation>selector de image set sobre %1 dentro de una secuencia: se ignora</translation>
        </message>
        <message>
            <source>image set selector on the private element %1: ignored</source>
            <translation>selector de image set sobre el elemento privado %1: se ignora</translation>
        </message>
        <message>
            <source>image set selector %1 NO_MATCH %2: a negated regular expression (images without the attribute no longer match)</source>
            <translation>selector de image set %1 NO_MATCH %2: una expresión regular negada (las imágenes sin el atributo ya no coinciden)</translation>
        </message>
        <message>
            <source>image set %1: priors %2 to %3 shown as prior %2</source>
            <translation>image set %1: estudios previos %2 a %3 mostrados como estudio previo %2</translation>
        </message>
        <message>
            <source>image set %1: the oldest prior is shown as prior %2</source>
            <translation>image set %1: el estudio previo más antiguo se muestra como estudio previo %2</translation>
        </message>
        <message>
            <source>image set %1: Abstract Prior Code Sequence not kept</source>
            <translation>image set %1: Abstract Prior Code Sequence no se conserva</translation>
        </message>
        <message>
            <source>image set %1: relative time in %2 converted to days</source>
            <translation>image set %1: tiempo relativo en %2 convertido a días</translation>
        </message>
        <message>
            <source>display set %1</source>
            <translation>display set %1</translation>
        </message>
        <message>
            <source>image set %1 is not defined; the current study is shown</source>
            <translation>el image set %1 no está definido; se muestra el estudio actual</translation>
        </message>
        <message>
            <source>%1 image boxes: only the first is used</source>
            <translation>%1 image boxes: solo se usa la primera</translation>
        </message>
        <message>
            <source>no valid Display Environment Spatial Position: the whole stage</source>
            <translation>no hay Display Environment Spatial Position válida: toda la etapa</translation>
        </message>
        <message>
            <source>cine at %1 x real time: played at the file's own rate</source>
            <translation>cine a %1 x tiempo real: se reproduce a la frecuencia propia del archivo</translation>
        </message>
        <message>
            <source>sweeping playback: played as a loop</source>
            <translation>reproducción de barrido: se reproduce como bucle</translation>
        </message>
        <message>
            <source>Image Box Layout Type %1: shown as a stack</source>
            <translation>Image Box Layout Type %1: se muestra como pila</translation>
        </message>
        <message>
            <source>no image box: the whole stage</source>
            <translation>sin image box: toda la etapa</translation>
        </message>
        <message>
            <source>filter by category %1 %2: not kept</source>
            <translation>filtro por categoría %1 %2: no se conserva</translation>
        </message>
        <message>
            <source>filter on a private or nested element: not kept</source>
            <translation>filtro sobre un elemento privado o anidado: no se conserva</translation>
        </message>
        <message>
            <source>filter %1 GREATER_THAN %2: kept as inclusive</source>
            <translation>filtro %1 GREATER_THAN %2: se conserva como inclusivo</translation>
        </message>
        <message>
            <source>filter %1 LESS_THAN %2: kept as inclusive</source>
            <translation>filtro %1 LESS_THAN %2: se conserva como inclusivo</translation>
        </message>
        <message>
            <source>filter %1 %2 %3: not kept</source>
            <translation>filtro %1 %2 %3: no se conserva</translation>
        </message>
        <message>
            <source>sorting operations: series are shown in their own order</source>
            <translation>operaciones de ordenación: las series se muestran en su propio orden</translation>
        </message>
        <message>
            <source>blending %1: not kept</source>
            <translation>fusión %1: no se conserva</translation>
        </message>
        <message>
            <source>3D rendering type %1: volume rendering</source>
            <translation>tipo de renderizado 3D %1: renderizado volumétrico</translation>
        </message>
        <message>
            <source>reformatting %1: not kept</source>
            <translation>reformateo %1: no se conserva</translation>
        </message>
        <message>
            <source>VOI Type %1: no window preset of that name</source>
            <translation>VOI Type %1: no hay ninguna ventana predefinida con ese nombre</translation>
        </message>
        <message>
            <source>%1 %2: not kept</source>
            <translation>%1 %2: no se conserva</translation>
        </message>
        <message>
            <source>inverted grey scale: not kept</source>
            <translation>escala de grises invertida: no se conserva</translation>
        </message>
        <message>
            <source>synchronized scrolling of display sets %1 across presentation groups: not kept</source>
            <translation>desplazamiento sincronizado de los display sets %1 entre grupos de presentación: no se conserva</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::HangingProtocolDicomWriter</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>name: the Hanging Protocol Name holds 16 characters ("%1")</source>
            <translation>nombre: el Hanging Protocol Name tiene 16 caracteres ("%1")</translation>
        </message>
        <message>
            <source>description: the Hanging Protocol Description holds 64 characters</source>
            <translation>descripción: la Hanging Protocol Description tiene 64 caracteres</translation>
        </message>
        <message>
            <source>study rule %1: body part %2 has no anatomic region code</source>
            <translation>regla de estudio %1: la región corporal %2 no tiene código de región anatómica</translation>
        </message>
        <message>
            <source>study rule %1 (weight %2%3)</source>
            <translation>regla de estudio %1 (peso %2%3)</translation>
        </message>
        <message>
            <source>, required</source>
            <translation>, obligatoria</translation>
        </message>
        <message>
            <source>priors: at least %1 of %2, chosen by %3</source>
            <translation>estudios previos: al menos %1 de %2, elegidos por %3</translation>
        </message>
        <message>
            <source>prior rule %1 (weight %2%3)</source>
            <translation>regla de estudio previo %1 (peso %2%3)</translation>
        </message>
        <message>
            <source>stage %1: %2 synchronisation of viewports %3</source>
            <translation>etapa %1: sincronización %2 de los visores %3</translation>
        </message>
        <message>
            <source>stage %1 viewport %2</source>
            <translation>etapa %1 visor %2</translation>
        </message>
        <message>
            <source>Viewport %1</source>
            <translation>Visor %1</translation>
        </message>
        <message>
            <source>%1: %2 frames per second (the IOD holds whole numbers)</source>
            <translation>%1: %2 fotogramas por segundo (el IOD contiene números enteros)</translation>
        </message>
        <message>
            <source>%1: cine plays once (the IOD loops or sweeps)</source>
            <translation>%1: el cine se reproduce una vez (el IOD repite en bucle o hace barrido)</translation>
        </message>
        <message>
            <source>%1: cine settings without autoplay</source>
            <translation>%1: configuración de cine sin reproducción automática</translation>
        </message>
        <message>
            <source>%1: series rule %2 (weight %3%4)</source>
            <translation>%1: regla de serie %2 (peso %3%4)</translation>
        </message>
        <message>
            <source>%1: distinct series</source>
            <translation>%1: series distintas</translation>
        </message>
        <message>
            <source>%1: fallback %2</source>
            <translation>%1: alternativa %2</translation>
        </message>
        <message>
            <source>%1: window preset "%2" has no VOI Type</source>
            <translation>%1: la ventana predefinida "%2" no tiene VOI Type</translation>
        </message>
        <message>
            <source>%1: window center %2 width %3</source>
            <translation>%1: centro de ventana %2, ancho %3</translation>
        </message>
        <message>
            <source>%1: fill scaling</source>
            <translation>%1: escalado de relleno</translation>
        </message>
        <message>
            <source>%1: zoom %2</source>
            <translation>%1: zoom %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::MatchResult</name>
        <message>
            <source>No protocol matched.</source>
            <translation>Ningún protocolo coincidió.</translation>
        </message>
        <message>
            <source>Protocol %1 (%2, %3): score %4, priority %5, %6 rules</source>
            <translation>Protocolo %1 (%2, %3): puntuación %4, prioridad %5, %6 reglas</translation>
        </message>
        <message>
            <source>  also matched: %1 (score %2, priority %3)</source>
            <translation>  también coincidió: %1 (puntuación %2, prioridad %3)</translation>
        </message>
        <message>
            <source>  not matched: %1: %2</source>
            <translation>  no coincidió: %1: %2</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(ausente)</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>cumple</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>no cumple</translation>
        </message>
        <message>
            <source>[required]</source>
            <translation>[obligatoria]</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolLibrary</name>
        <message>
            <source>the id "%1" is already used by %2 in the same folder; this file is ignored</source>
            <translation>el ID "%1" ya lo usa %2 en la misma carpeta; se ignora este archivo</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolMatcher</name>
        <message>
            <source>current study</source>
            <translation>estudio actual</translation>
        </message>
        <message>
            <source>required rule failed on the current study: %1</source>
            <translation>falló una regla obligatoria en el estudio actual: %1</translation>
        </message>
        <message>
            <source>needs %1 prior studies (%2) and found %3</source>
            <translation>necesita %1 estudios previos (%2) y se encontraron %3</translation>
        </message>
        <message>
            <source>empty: %1 is not available</source>
            <translation>vacío: %1 no está disponible</translation>
        </message>
        <message>
            <source>empty: %1 has no series</source>
            <translation>vacío: %1 no tiene series</translation>
        </message>
        <message>
            <source>empty: no series of the %1 satisfies the rules and the fallback is %2</source>
            <translation>vacío: ninguna serie del %1 cumple las reglas y la alternativa es %2</translation>
        </message>
        <message>
            <source>%1 by fallback %2: no series satisfied the rules</source>
            <translation>%1 por la alternativa %2: ninguna serie cumplía las reglas</translation>
        </message>
        <message>
            <source>%1: the selector has no series rules, first series%2</source>
            <translation>%1: el selector no tiene reglas de serie, primera serie%2</translation>
        </message>
        <message>
            <source> in the preferred orientation</source>
            <translation> en la orientación preferida</translation>
        </message>
        <message>
            <source>%1 matched %2</source>
            <translation>%1 coincidió con %2</translation>
        </message>
        <message>
            <source>, preferred orientation %1</source>
            <translation>, orientación preferida %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::hanging_protocols::ProtocolReader</name>
        <message>
            <source>the id "%1" may only hold letters, digits, '.', '_' and '-'</source>
            <translation>el ID "%1" solo puede contener letras, dígitos, '.', '_' y '-'</translation>
        </message>
        <message>
            <source>a protocol needs at least one stage</source>
            <translation>un protocolo necesita al menos una etapa</translation>
        </message>
        <message>
            <source>unknown key "%1" (allowed here: %2)</source>
            <translation>clave desconocida "%1" (permitidas aquí: %2)</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 debe ser un objeto</translation>
        </message>
        <message>
            <source>%1 must be an array</source>
            <translation>%1 debe ser una matriz</translation>
        </message>
        <message>
            <source>missing "%1"</source>
            <translation>falta "%1"</translation>
        </message>
        <message>
            <source>%1 must be a non-empty string</source>
            <translation>%1 debe ser una cadena no vacía</translation>
        </message>
        <message>
            <source>%1 must be a string</source>
            <translation>%1 debe ser una cadena</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3</source>
            <translation>%1 debe ser un número entero de %2 a %3</translation>
        </message>
        <message>
            <source>%1 must be a number</source>
            <translation>%1 debe ser un número</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 debe ser true o false</translation>
        </message>
        <message>
            <source>%1 must be one of: %2</source>
            <translation>%1 debe ser uno de: %2</translation>
        </message>
        <message>
            <source>unknown constraint "%1" (equals, contains, startsWith, regex, range, exists, notExists)</source>
            <translation>restricción desconocida "%1" (equals, contains, startsWith, regex, range, exists, notExists)</translation>
        </message>
        <message>
            <source>a weight cannot be negative</source>
            <translation>un peso no puede ser negativo</translation>
        </message>
        <message>
            <source>%1 takes no value</source>
            <translation>%1 no admite ningún valor</translation>
        </message>
        <message>
            <source>range takes "min" and/or "max", not "value"</source>
            <translation>range admite "min" y/o "max", no "value"</translation>
        </message>
        <message>
            <source>range needs "min", "max" or both</source>
            <translation>range necesita "min", "max" o ambos</translation>
        </message>
        <message>
            <source>range minimum %1 is above its maximum %2</source>
            <translation>el mínimo %1 del intervalo es mayor que su máximo %2</translation>
        </message>
        <message>
            <source>only range takes "min" and "max"</source>
            <translation>solo range admite "min" y "max"</translation>
        </message>
        <message>
            <source>%1 needs a "value"</source>
            <translation>%1 necesita un "value"</translation>
        </message>
        <message>
            <source>a value must be a string or a number</source>
            <translation>un valor debe ser una cadena o un número</translation>
        </message>
        <message>
            <source>regex takes one pattern (use | for alternatives)</source>
            <translation>regex admite un solo patrón (use | para las alternativas)</translation>
        </message>
        <message>
            <source>the list of values is empty</source>
            <translation>la lista de valores está vacía</translation>
        </message>
        <message>
            <source>invalid regular expression "%1": %2 at offset %3</source>
            <translation>expresión regular no válida "%1": %2 en la posición %3</translation>
        </message>
        <message>
            <source>priors.minimum (%1) cannot exceed priors.count (%2)</source>
            <translation>priors.minimum (%1) no puede superar priors.count (%2)</translation>
        </message>
        <message>
            <source>a layout has rows and columns or rectangles, not both</source>
            <translation>una disposición tiene filas y columnas o rectángulos, no ambos</translation>
        </message>
        <message>
            <source>a free layout needs at least one rectangle</source>
            <translation>una disposición libre necesita al menos un rectángulo</translation>
        </message>
        <message>
            <source>the layout has %1 places but %2 viewports are given</source>
            <translation>la disposición tiene %1 posiciones, pero se indican %2 visores</translation>
        </message>
        <message>
            <source>sync group viewport %1 does not exist (viewports are numbered from 0 to %2)</source>
            <translation>el visor %1 del grupo de sincronización no existe (los visores se numeran de 0 a %2)</translation>
        </message>
        <message>
            <source>a sync group needs at least two viewports</source>
            <translation>un grupo de sincronización necesita al menos dos visores</translation>
        </message>
        <message>
            <source>%1 must be a number from 0 to 1</source>
            <translation>%1 debe ser un número de 0 a 1</translation>
        </message>
        <message>
            <source>the rectangle must have a size and lie inside the stage (0..1)</source>
            <translation>el rectángulo debe tener un tamaño y estar dentro de la etapa (0..1)</translation>
        </message>
        <message>
            <source>a window is a preset or center and width, not both</source>
            <translation>una ventana es un valor predefinido o un centro y un ancho, no ambos</translation>
        </message>
        <message>
            <source>a window needs a preset, or both center and width</source>
            <translation>una ventana necesita un valor predefinido, o bien centro y ancho</translation>
        </message>
        <message>
            <source>the window width must be at least 1</source>
            <translation>el ancho de ventana debe ser al menos 1</translation>
        </message>
        <message>
            <source>zoom must be above 0 and at most 64</source>
            <translation>el zoom debe ser mayor que 0 y como máximo 64</translation>
        </message>
        <message>
            <source>framesPerSecond must be above 0 and at most 1000</source>
            <translation>framesPerSecond debe ser mayor que 0 y como máximo 1000</translation>
        </message>
        <message>
            <source>"%1" needs priors.count of at least %2 (it is %3)</source>
            <translation>"%1" necesita un priors.count de al menos %2 (es %3)</translation>
        </message>
        <message>
            <source>study must be "current" or "prior N" (N from 1)</source>
            <translation>study debe ser "current" o "prior N" (N desde 1)</translation>
        </message>
        <message>
            <source>preferredOrientation must be axial, coronal or sagittal</source>
            <translation>preferredOrientation debe ser axial, coronal o sagittal</translation>
        </message>
        <message>
            <source>an mpr reconstruction needs a preferredOrientation to reformat to</source>
            <translation>una reconstrucción mpr necesita una preferredOrientation a la que reformatear</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>JSON no válido: %1</translation>
        </message>
        <message>
            <source>a protocol file holds one JSON object</source>
            <translation>un archivo de protocolo contiene un único objeto JSON</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>no se puede leer el archivo: %1</translation>
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
            <translation>mm (en el detector)</translation>
        </message>
        <message>
            <source>mm (US region)</source>
            <translation>mm (región de ecografía)</translation>
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
            <translation>mm² (en el detector)</translation>
        </message>
        <message>
            <source>mm² (US region)</source>
            <translation>mm² (región de ecografía)</translation>
        </message>
        <message>
            <source>px²</source>
            <translation>px²</translation>
        </message>
        <message>
            <source>Lengths in mm from Pixel Spacing</source>
            <translation>Longitudes en mm según Pixel Spacing</translation>
        </message>
        <message>
            <source>Lengths in mm at the detector (Imager Pixel Spacing), not in the patient</source>
            <translation>Longitudes en mm en el detector (Imager Pixel Spacing), no en el paciente</translation>
        </message>
        <message>
            <source>Lengths in mm from the ultrasound region calibration</source>
            <translation>Longitudes en mm según la calibración de la región de ecografía</translation>
        </message>
        <message>
            <source>No pixel spacing: lengths in pixels</source>
            <translation>Sin espaciado de píxeles: longitudes en píxeles</translation>
        </message>
    </context>
    <context>
        <name>continuum::measure::FrameMeasurer</name>
        <message>
            <source>the PET attributes could not be read</source>
            <translation>no se pudieron leer los atributos PET</translation>
        </message>
        <message>
            <source>Area %1 %2</source>
            <translation>Área %1 %2</translation>
        </message>
        <message>
            <source>colour image: no pixel values</source>
            <translation>imagen en color: sin valores de píxel</translation>
        </message>
        <message>
            <source>No pixel inside</source>
            <translation>Ningún píxel dentro</translation>
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
            <translation>Media %1  DE %2%3</translation>
        </message>
        <message>
            <source>Min %1  Max %2</source>
            <translation>Mín %1  Máx %2</translation>
        </message>
        <message>
            <source>SUVbw mean %1  max %2</source>
            <translation>SUVbw media %1  máx %2</translation>
        </message>
        <message>
            <source>No SUV: %1</source>
            <translation>Sin SUV: %1</translation>
        </message>
        <message>
            <source>Cobb %1°</source>
            <translation>Cobb %1°</translation>
        </message>
        <message>
            <source>A freehand ROI needs three points</source>
            <translation>Una ROI a mano alzada necesita tres puntos</translation>
        </message>
        <message>
            <source>outside the image</source>
            <translation>fuera de la imagen</translation>
        </message>
        <message>
            <source>colour image: no value</source>
            <translation>imagen en color: sin valor</translation>
        </message>
        <message>
            <source>padding</source>
            <translation>relleno</translation>
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
            <translation>Corrected Image (0028,0051) no incluye ATTN: sin corrección de atenuación</translation>
        </message>
        <message>
            <source>Corrected Image (0028,0051) does not include DECY: not decay corrected</source>
            <translation>Corrected Image (0028,0051) no incluye DECY: sin corrección de decaimiento</translation>
        </message>
        <message>
            <source>Decay Correction (0054,1102) is missing</source>
            <translation>Falta Decay Correction (0054,1102)</translation>
        </message>
        <message>
            <source>Decay Correction is %1, not START</source>
            <translation>Decay Correction es %1, no START</translation>
        </message>
        <message>
            <source>Units (0054,1001) are missing</source>
            <translation>Faltan Units (0054,1001)</translation>
        </message>
        <message>
            <source>Units are %1, not BQML</source>
            <translation>Units es %1, no BQML</translation>
        </message>
        <message>
            <source>Series Date/Time is missing or unreadable</source>
            <translation>Series Date/Time falta o es ilegible</translation>
        </message>
        <message>
            <source>Acquisition Date/Time is missing or unreadable</source>
            <translation>Acquisition Date/Time falta o es ilegible</translation>
        </message>
        <message>
            <source>Series Time is after the Acquisition Time (a post-processed series?) and there is no GE private scan time: the scan start is unknown</source>
            <translation>Series Time es posterior a Acquisition Time (¿una serie posprocesada?) y no hay hora de adquisición privada de GE: se desconoce el inicio de la adquisición</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start DateTime is unreadable</source>
            <translation>Radiopharmaceutical Start DateTime es ilegible</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start Time is missing</source>
            <translation>Falta Radiopharmaceutical Start Time</translation>
        </message>
        <message>
            <source>Radiopharmaceutical Start Time is unreadable</source>
            <translation>Radiopharmaceutical Start Time es ilegible</translation>
        </message>
        <message>
            <source>The injection time is after the scan start</source>
            <translation>La hora de inyección es posterior al inicio de la adquisición</translation>
        </message>
        <message>
            <source>Radionuclide Half Life is missing or not positive</source>
            <translation>Radionuclide Half Life falta o no es positivo</translation>
        </message>
        <message>
            <source>Radionuclide Total Dose is missing or not positive</source>
            <translation>Radionuclide Total Dose falta o no es positivo</translation>
        </message>
        <message>
            <source>Patient's Weight is missing or not positive</source>
            <translation>Patient's Weight falta o no es positivo</translation>
        </message>
    </context>
    <context>
        <name>continuum::measure::ValueUnits</name>
        <message>
            <source>counts</source>
            <translation>cuentas</translation>
        </message>
        <message>
            <source>counts/s</source>
            <translation>cuentas/s</translation>
        </message>
        <message>
            <source>proportional to counts</source>
            <translation>proporcional a las cuentas</translation>
        </message>
        <message>
            <source>proportional to counts/s</source>
            <translation>proporcional a las cuentas/s</translation>
        </message>
        <message>
            <source>rescaled value</source>
            <translation>valor reescalado</translation>
        </message>
        <message>
            <source>stored value</source>
            <translation>valor almacenado</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>color</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::Lesion</name>
        <message>
            <source>Target</source>
            <translation>Diana</translation>
        </message>
        <message>
            <source>Non-target</source>
            <translation>No diana</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <source>present</source>
            <translation>presente</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>ausente</translation>
        </message>
        <message>
            <source>unequivocal progression</source>
            <translation>progresión inequívoca</translation>
        </message>
        <message>
            <source>too small to measure</source>
            <translation>demasiado pequeña para medirla</translation>
        </message>
        <message>
            <source>not evaluable</source>
            <translation>no evaluable</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::LesionTable</name>
        <message>
            <source>Lesion</source>
            <translation>Lesión</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Organ</source>
            <translation>Órgano</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Ganglio</translation>
        </message>
        <message>
            <source>not recorded at this timepoint</source>
            <translation>no registrada en este punto temporal</translation>
        </message>
        <message>
            <source>present (%1 mm)</source>
            <translation>presente (%1 mm)</translation>
        </message>
        <message>
            <source>counts %1 mm (%2)</source>
            <translation>cuenta como %1 mm (%2)</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>basal</translation>
        </message>
        <message>
            <source>follow-up %1</source>
            <translation>seguimiento %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Sum of diameters</source>
            <translation>Suma de diámetros</translation>
        </message>
        <message>
            <source>Change from baseline</source>
            <translation>Cambio respecto al basal</translation>
        </message>
        <message>
            <source>Change from nadir</source>
            <translation>Cambio respecto al nadir</translation>
        </message>
        <message>
            <source>Target response</source>
            <translation>Respuesta de las lesiones diana</translation>
        </message>
        <message>
            <source>Non-target response</source>
            <translation>Respuesta de las lesiones no diana</translation>
        </message>
        <message>
            <source>New lesions</source>
            <translation>Lesiones nuevas</translation>
        </message>
        <message>
            <source>Overall response</source>
            <translation>Respuesta global</translation>
        </message>
        <message>
            <source>some targets are not evaluable: the sum is partial</source>
            <translation>algunas lesiones diana no son evaluables: la suma es parcial</translation>
        </message>
        <message>
            <source>nadir %1 mm</source>
            <translation>nadir %1 mm</translation>
        </message>
        <message>
            <source>yes: %1</source>
            <translation>sí: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::oncology::RecistEvaluator</name>
        <message>
            <source>no non-target lesions</source>
            <translation>no hay lesiones no diana</translation>
        </message>
        <message>
            <source>unequivocal progression of %1</source>
            <translation>progresión inequívoca de %1</translation>
        </message>
        <message>
            <source>not all evaluated: %1</source>
            <translation>no todas evaluadas: %1</translation>
        </message>
        <message>
            <source>all non-target lesions gone, nodes under 10 mm short axis</source>
            <translation>todas las lesiones no diana han desaparecido, ganglios con eje corto menor de 10 mm</translation>
        </message>
        <message>
            <source>persisting: %1</source>
            <translation>persistentes: %1</translation>
        </message>
        <message>
            <source>targets %1, non-targets %2, %3</source>
            <translation>diana %1, no diana %2, %3</translation>
        </message>
        <message>
            <source>new lesions</source>
            <translation>lesiones nuevas</translation>
        </message>
        <message>
            <source>no new lesions</source>
            <translation>sin lesiones nuevas</translation>
        </message>
        <message>
            <source>new lesion %1 (%2)</source>
            <translation>lesión nueva %1 (%2)</translation>
        </message>
        <message>
            <source>target lesions progressed (%1)</source>
            <translation>progresión de las lesiones diana (%1)</translation>
        </message>
        <message>
            <source>non-target lesions progressed unequivocally (%1)</source>
            <translation>progresión inequívoca de las lesiones no diana (%1)</translation>
        </message>
        <message>
            <source>Table 2: %1</source>
            <translation>Tabla 2: %1</translation>
        </message>
        <message>
            <source>no target or non-target lesions were recorded at baseline</source>
            <translation>no se registraron lesiones diana ni no diana en el estudio basal</translation>
        </message>
        <message>
            <source>Table 1: %1</source>
            <translation>Tabla 1: %1</translation>
        </message>
        <message>
            <source>Table 1: %1 (non-target disease remains or was not evaluated)</source>
            <translation>Tabla 1: %1 (persiste enfermedad no diana o no se evaluó)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>no medida</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>ausente</translation>
        </message>
        <message>
            <source>too small to measure (5 mm)</source>
            <translation>demasiado pequeña para medirla (5 mm)</translation>
        </message>
        <message>
            <source>not evaluable</source>
            <translation>no evaluable</translation>
        </message>
        <message>
            <source>assessed as unequivocal progression, which is for non-targets: not evaluable</source>
            <translation>evaluada como progresión inequívoca, que corresponde a lesiones no diana: no evaluable</translation>
        </message>
        <message>
            <source>short axis (node)</source>
            <translation>eje corto (ganglio)</translation>
        </message>
        <message>
            <source>node without a short axis: not evaluable</source>
            <translation>ganglio sin eje corto: no evaluable</translation>
        </message>
        <message>
            <source>long axis</source>
            <translation>eje largo</translation>
        </message>
        <message>
            <source>no long axis: not evaluable</source>
            <translation>sin eje largo: no evaluable</translation>
        </message>
        <message>
            <source>no timepoints: the baseline is unknown</source>
            <translation>no hay puntos temporales: se desconoce el basal</translation>
        </message>
        <message>
            <source>%1: observed on study %2, which is not one of the timepoints</source>
            <translation>%1: observada en el estudio %2, que no es uno de los puntos temporales</translation>
        </message>
        <message>
            <source>%1: a target lesion needs its organ (at most 2 targets per organ)</source>
            <translation>%1: una lesión diana necesita su órgano (como máximo 2 lesiones diana por órgano)</translation>
        </message>
        <message>
            <source>%1: a target lesion must be measured at baseline</source>
            <translation>%1: una lesión diana debe medirse en el estudio basal</translation>
        </message>
        <message>
            <source>%1: a nodal target needs its short axis at baseline</source>
            <translation>%1: una lesión diana ganglionar necesita su eje corto en el estudio basal</translation>
        </message>
        <message>
            <source>%1: node short axis %2 at baseline is under 15 mm: not measurable, record it as non-target</source>
            <translation>%1: el eje corto ganglionar de %2 en el basal es menor de 15 mm: no medible, regístrela como no diana</translation>
        </message>
        <message>
            <source>%1: a target lesion needs its long axis at baseline</source>
            <translation>%1: una lesión diana necesita su eje largo en el estudio basal</translation>
        </message>
        <message>
            <source>%1: long axis %2 at baseline is under 10 mm: not measurable, record it as non-target</source>
            <translation>%1: el eje largo de %2 en el basal es menor de 10 mm: no medible, regístrela como no diana</translation>
        </message>
        <message>
            <source>%1: "unequivocal progression" applies to non-target lesions; a target is measured</source>
            <translation>%1: "progresión inequívoca" se aplica a lesiones no diana; una lesión diana se mide</translation>
        </message>
        <message>
            <source>%1: a non-target lesion must be recorded at baseline</source>
            <translation>%1: una lesión no diana debe registrarse en el estudio basal</translation>
        </message>
        <message>
            <source>%1: seen at baseline, so it is not a new lesion</source>
            <translation>%1: se vio en el estudio basal, por lo que no es una lesión nueva</translation>
        </message>
        <message>
            <source>%1 target lesions: RECIST 1.1 allows at most 5</source>
            <translation>%1 lesiones diana: RECIST 1.1 permite como máximo 5</translation>
        </message>
        <message>
            <source>%1 target lesions in %2 (%3): at most 2 per organ</source>
            <translation>%1 lesiones diana en %2 (%3): como máximo 2 por órgano</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>basal</translation>
        </message>
        <message>
            <source>baseline (no target lesions)</source>
            <translation>basal (sin lesiones diana)</translation>
        </message>
        <message>
            <source>baseline, sum of diameters %1</source>
            <translation>basal, suma de diámetros %1</translation>
        </message>
        <message>
            <source>no target lesions</source>
            <translation>sin lesiones diana</translation>
        </message>
        <message>
            <source>the baseline sum is incomplete</source>
            <translation>la suma basal está incompleta</translation>
        </message>
        <message>
            <source>sum %1, nadir %2: %3</source>
            <translation>suma %1, nadir %2: %3</translation>
        </message>
        <message>
            <source>%1 without the not evaluable %2: at least 20% and 5 mm over the nadir already</source>
            <translation>%1 sin las %2 no evaluables: ya al menos un 20% y 5 mm por encima del nadir</translation>
        </message>
        <message>
            <source>not evaluable: %1</source>
            <translation>no evaluable: %1</translation>
        </message>
        <message>
            <source>all non-nodal targets gone and every nodal target under 10 mm short axis (sum %1)</source>
            <translation>todas las lesiones diana no ganglionares han desaparecido y todas las ganglionares tienen eje corto menor de 10 mm (suma %1)</translation>
        </message>
        <message>
            <source>%1: at least 20% and 5 mm over the nadir</source>
            <translation>%1: al menos un 20% y 5 mm por encima del nadir</translation>
        </message>
        <message>
            <source>sum %1 is %2 from the baseline %3: at least 30% smaller</source>
            <translation>la suma %1 está a %2 del basal %3: al menos un 30% menor</translation>
        </message>
        <message>
            <source>%1 from baseline (PR needs -30%)</source>
            <translation>%1 respecto al basal (PR requiere -30%)</translation>
        </message>
        <message>
            <source>; %1: at least 20% but under 5 mm, not PD</source>
            <translation>; %1: al menos un 20%, pero menos de 5 mm: no es PD</translation>
        </message>
        <message>
            <source>; %1 (PD needs +20% and +5 mm)</source>
            <translation>; %1 (PD requiere +20% y +5 mm)</translation>
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
            <translation>descripción del estudio</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>series descriptions</source>
            <translation>descripciones de las series</translation>
        </message>
        <message>
            <source>the current study %1 is not among the patient's studies</source>
            <translation>el estudio actual %1 no está entre los estudios del paciente</translation>
        </message>
        <message>
            <source>no dated study with images</source>
            <translation>no hay ningún estudio con fecha que tenga imágenes</translation>
        </message>
        <message>
            <source>current study %1: %2, regions %3 (from %4)</source>
            <translation>estudio actual %1: %2, regiones %3 (según %4)</translation>
        </message>
        <message>
            <source>%1 left out: another patient (ID or issuer differs)</source>
            <translation>%1 excluido: otro paciente (el ID o el emisor difieren)</translation>
        </message>
        <message>
            <source>%1 left out: not dated before the current study</source>
            <translation>%1 excluido: sin fecha anterior al estudio actual</translation>
        </message>
        <message>
            <source>%1 left out: no %2 images</source>
            <translation>%1 excluido: sin imágenes %2</translation>
        </message>
        <message>
            <source>%1 left out: body region %2, current %3</source>
            <translation>%1 excluido: región corporal %2, actual %3</translation>
        </message>
        <message>
            <source>%1 %2 (%3) left out: only the %4 most recent priors are compared</source>
            <translation>%1 %2 (%3) excluido: solo se comparan los %4 estudios previos más recientes</translation>
        </message>
        <message>
            <source>study %1 is not in the catalog</source>
            <translation>el estudio %1 no está en el catálogo</translation>
        </message>
        <message>
            <source>%1 left out: at most %2 priors</source>
            <translation>%1 excluido: como máximo %2 estudios previos</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::AlignmentPolicy</name>
        <message>
            <source>the registration of frame %1 is %2, only RIGID is supported</source>
            <translation>el registro del marco %1 es %2; solo se admite RIGID</translation>
        </message>
        <message>
            <source>the matrix of frame %1 is declared RIGID but is not a rotation and translation</source>
            <translation>la matriz del marco %1 se declara RIGID, pero no es una rotación y traslación</translation>
        </message>
        <message>
            <source>it does not cover frame %1</source>
            <translation>no cubre el marco %1</translation>
        </message>
        <message>
            <source>a series has no frame of reference UID: treated as unregistered</source>
            <translation>una serie no tiene Frame of Reference UID: se trata como no corregistrada</translation>
        </message>
        <message>
            <source>same frame of reference within one study</source>
            <translation>mismo marco de referencia dentro de un estudio</translation>
        </message>
        <message>
            <source>same frame of reference UID on studies of different dates: treated as unregistered</source>
            <translation>mismo Frame of Reference UID en estudios de fechas distintas: se tratan como no corregistrados</translation>
        </message>
        <message>
            <source>related by the Spatial Registration object %1</source>
            <translation>relacionados por el objeto Spatial Registration %1</translation>
        </message>
        <message>
            <source>Spatial Registration object %1 not used: %2</source>
            <translation>objeto Spatial Registration %1 no usado: %2</translation>
        </message>
        <message>
            <source>different frames of reference and no Spatial Registration object relates them</source>
            <translation>marcos de referencia distintos y ningún objeto Spatial Registration los relaciona</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::PatientVolume</name>
        <message>
            <source>The series is not one regular volume</source>
            <translation>La serie no es un único volumen regular</translation>
        </message>
        <message>
            <source>Only greyscale volumes can be registered.</source>
            <translation>Solo se pueden corregistrar volúmenes en escala de grises.</translation>
        </message>
        <message>
            <source>The series has no usable pixel or slice spacing.</source>
            <translation>La serie no tiene un espaciado de píxeles o de cortes utilizable.</translation>
        </message>
        <message>
            <source>Slice %1 could not be decoded: %2</source>
            <translation>No se pudo decodificar el corte %1: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::RigidRegistration</name>
        <message>
            <source>Both volumes must hold voxels.</source>
            <translation>Ambos volúmenes deben contener vóxeles.</translation>
        </message>
        <message>
            <source>Every resolution level needs a shrink factor and a smoothing sigma.</source>
            <translation>Cada nivel de resolución necesita un factor de reducción y una sigma de suavizado.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>Registration failed: %1</source>
            <translation>Falló el corregistro: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::RigidTransform</name>
        <message>
            <source>not a rigid transform document (format is not "continuum-rigid-transform")</source>
            <translation>no es un documento de transformación rígida (el formato no es "continuum-rigid-transform")</translation>
        </message>
        <message>
            <source>unsupported rigid transform version %1</source>
            <translation>versión de transformación rígida %1 no compatible</translation>
        </message>
        <message>
            <source>the matrix needs 16 numbers, found %1</source>
            <translation>la matriz necesita 16 números; se encontraron %1</translation>
        </message>
        <message>
            <source>matrix value %1 is not a number</source>
            <translation>el valor de matriz %1 no es un número</translation>
        </message>
        <message>
            <source>the matrix is not a rigid transform (rotation and translation only)</source>
            <translation>la matriz no es una transformación rígida (solo rotación y traslación)</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::SpatialRegistrationReader</name>
        <message>
            <source>%1 is not a readable DICOM file.</source>
            <translation>%1 no es un archivo DICOM legible.</translation>
        </message>
        <message>
            <source>%1 is not a Spatial Registration object.</source>
            <translation>%1 no es un objeto Spatial Registration.</translation>
        </message>
        <message>
            <source>The Spatial Registration object has no Registration Sequence.</source>
            <translation>El objeto Spatial Registration no tiene Registration Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Frame of Reference UID.</source>
            <translation>El elemento de registro %1 no tiene Frame of Reference UID.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Matrix Registration Sequence.</source>
            <translation>El elemento de registro %1 no tiene Matrix Registration Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has no Matrix Sequence.</source>
            <translation>El elemento de registro %1 no tiene Matrix Sequence.</translation>
        </message>
        <message>
            <source>Registration item %1 has a transformation matrix without 16 numbers.</source>
            <translation>El elemento de registro %1 tiene una matriz de transformación que no tiene 16 números.</translation>
        </message>
    </context>
    <context>
        <name>continuum::registration::SpatialRegistrationWriter</name>
        <message>
            <source>Both series need a Frame of Reference UID to be registered in DICOM.</source>
            <translation>Ambas series necesitan un Frame of Reference UID para corregistrarse en DICOM.</translation>
        </message>
        <message>
            <source>The two series share one Frame of Reference UID: a Spatial Registration object cannot tell them apart.</source>
            <translation>Las dos series comparten un mismo Frame of Reference UID: un objeto Spatial Registration no puede distinguirlas.</translation>
        </message>
        <message>
            <source>The content label must be 1 to 16 characters of A-Z, 0-9, underscore and space.</source>
            <translation>La etiqueta de contenido debe tener de 1 a 16 caracteres entre A-Z, 0-9, guion bajo y espacio.</translation>
        </message>
        <message>
            <source>The fixed series has no Study Instance UID.</source>
            <translation>La serie fija no tiene Study Instance UID.</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote</name>
        <message>
            <source>%1 is a DICOMweb node, not a DIMSE node</source>
            <translation>%1 es un nodo DICOMweb, no un nodo DIMSE</translation>
        </message>
        <message>
            <source>cannot prepare %1: %2</source>
            <translation>no se puede preparar %1: %2</translation>
        </message>
        <message>
            <source>cannot use TLS with %1: %2</source>
            <translation>no se puede usar TLS con %1: %2</translation>
        </message>
        <message>
            <source>C-ECHO</source>
            <translation>C-ECHO</translation>
        </message>
        <message>
            <source>C-ECHO to %1 succeeded (%2 ms, calling AE %3)</source>
            <translation>C-ECHO a %1 correcto (%2 ms, AE llamante %3)</translation>
        </message>
        <message>
            <source>the query</source>
            <translation>la consulta</translation>
        </message>
        <message>
            <source>a series query needs the study instance UID</source>
            <translation>una consulta de series necesita el Study Instance UID</translation>
        </message>
        <message>
            <source>an image query needs the study and series instance UIDs</source>
            <translation>una consulta de imágenes necesita los Study y Series Instance UID</translation>
        </message>
        <message>
            <source>query cancelled after %1 matches</source>
            <translation>consulta cancelada tras %1 coincidencias</translation>
        </message>
        <message>
            <source>%1 refused the query: %2</source>
            <translation>%1 rechazó la consulta: %2</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 coincidencias</translation>
        </message>
        <message>
            <source>the C-MOVE retrieve</source>
            <translation>la recuperación C-MOVE</translation>
        </message>
        <message>
            <source>the C-GET retrieve</source>
            <translation>la recuperación C-GET</translation>
        </message>
        <message>
            <source>a retrieve needs a study instance UID and a destination folder</source>
            <translation>una recuperación necesita un Study Instance UID y una carpeta de destino</translation>
        </message>
        <message>
            <source>a retrieve of single instances needs their series instance UID</source>
            <translation>una recuperación de instancias individuales necesita su Series Instance UID</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>no se puede crear la carpeta %1</translation>
        </message>
        <message>
            <source>retrieve cancelled before it started</source>
            <translation>recuperación cancelada antes de empezar</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>no se puede escribir en %1: %2</translation>
        </message>
        <message>
            <source>%1 of %2 instances</source>
            <translation>%1 de %2 instancias</translation>
        </message>
        <message>
            <source>%1 instances</source>
            <translation>%1 instancias</translation>
        </message>
        <message>
            <source>retrieve cancelled after %1</source>
            <translation>recuperación cancelada tras %1</translation>
        </message>
        <message>
            <source>%1 received instances could not be stored: %2</source>
            <translation>no se pudieron almacenar %1 instancias recibidas: %2</translation>
        </message>
        <message>
            <source>%1 cancelled the retrieve after %2</source>
            <translation>%1 canceló la recuperación tras %2</translation>
        </message>
        <message>
            <source>%1 has no instances of %2 %3</source>
            <translation>%1 no tiene instancias de %2 %3</translation>
        </message>
        <message>
            <source>study</source>
            <translation>el estudio</translation>
        </message>
        <message>
            <source>series</source>
            <translation>la serie</translation>
        </message>
        <message>
            <source>%1 could not send everything (%2 failed, %3 received): %4</source>
            <translation>%1 no pudo enviarlo todo (%2 con error, %3 recibidas): %4</translation>
        </message>
        <message>
            <source>retrieved %1 into %2</source>
            <translation>se recuperaron %1 en %2</translation>
        </message>
        <message>
            <source>the send</source>
            <translation>el envío</translation>
        </message>
        <message>
            <source>%1: not a DICOM Part 10 file with a SOP class and transfer syntax%2</source>
            <translation>%1: no es un archivo DICOM Part 10 con SOP class y sintaxis de transferencia%2</translation>
        </message>
        <message>
            <source>%1: %2 does not accept SOP class %3 in transfer syntax %4</source>
            <translation>%1: %2 no acepta la SOP class %3 en la sintaxis de transferencia %4</translation>
        </message>
        <message>
            <source>%1: refused by %2: %3</source>
            <translation>%1: rechazado por %2: %3</translation>
        </message>
        <message>
            <source>send cancelled after %1 of %2 files</source>
            <translation>envío cancelado tras %1 de %2 archivos</translation>
        </message>
        <message>
            <source>%1 of %2 files were not stored on %3</source>
            <translation>%1 de %2 archivos no se almacenaron en %3</translation>
        </message>
        <message>
            <source>sent %1 files to %2</source>
            <translation>se enviaron %1 archivos a %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::CredentialStore</name>
        <message>
            <source>the desktop keyring</source>
            <translation>el llavero del escritorio</translation>
        </message>
        <message>
            <source>memory only, until the program ends (no desktop keyring: %1)</source>
            <translation>solo en memoria, hasta que termine el programa (sin llavero del escritorio: %1)</translation>
        </message>
        <message>
            <source>saved in the desktop keyring</source>
            <translation>guardado en el llavero del escritorio</translation>
        </message>
        <message>
            <source>the desktop keyring did not save it (%1); kept in memory until the program ends</source>
            <translation>el llavero del escritorio no lo guardó (%1); se conserva en memoria hasta que termine el programa</translation>
        </message>
        <message>
            <source>kept in memory only, until the program ends (no desktop keyring)</source>
            <translation>se conserva solo en memoria, hasta que termine el programa (sin llavero del escritorio)</translation>
        </message>
        <message>
            <source>the desktop keyring did not delete it: %1</source>
            <translation>el llavero del escritorio no lo eliminó: %1</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::DicomWebClient</name>
        <message>
            <source>out of resources</source>
            <translation>recursos agotados</translation>
        </message>
        <message>
            <source>the data set does not match the SOP class</source>
            <translation>el conjunto de datos no corresponde a la SOP class</translation>
        </message>
        <message>
            <source>cannot understand the data set</source>
            <translation>no se puede interpretar el conjunto de datos</translation>
        </message>
        <message>
            <source>processing failure</source>
            <translation>fallo de procesamiento</translation>
        </message>
        <message>
            <source>SOP class not supported</source>
            <translation>SOP class no compatible</translation>
        </message>
        <message>
            <source>not authorized</source>
            <translation>no autorizado</translation>
        </message>
        <message>
            <source>failure</source>
            <translation>fallo</translation>
        </message>
        <message>
            <source>%1 answered, but not with DICOM JSON: is this the DICOMweb base url?</source>
            <translation>%1 respondió, pero no con DICOM JSON: ¿es esta la URL base de DICOMweb?</translation>
        </message>
        <message>
            <source>QIDO-RS search on %1 succeeded (%2 ms)</source>
            <translation>Búsqueda QIDO-RS en %1 correcta (%2 ms)</translation>
        </message>
        <message>
            <source>"%1" is not a DICOM UID</source>
            <translation>"%1" no es un UID DICOM</translation>
        </message>
        <message>
            <source>%1 did not answer the search with DICOM JSON</source>
            <translation>%1 no respondió a la búsqueda con DICOM JSON</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 coincidencias</translation>
        </message>
        <message>
            <source>listing instances needs the study and series instance UIDs</source>
            <translation>para listar instancias se necesitan los Study y Series Instance UID</translation>
        </message>
        <message>
            <source>%1 instances</source>
            <translation>%1 instancias</translation>
        </message>
        <message>
            <source>a retrieve needs a study instance UID and a destination folder</source>
            <translation>una recuperación necesita un Study Instance UID y una carpeta de destino</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>no se puede crear la carpeta %1</translation>
        </message>
        <message>
            <source>a retrieve of single instances needs their series and valid SOP instance UIDs</source>
            <translation>una recuperación de instancias individuales necesita su Series Instance UID y SOP Instance UID válidos</translation>
        </message>
        <message>
            <source>%1 has no instances of %2 %3</source>
            <translation>%1 no tiene instancias de %2 %3</translation>
        </message>
        <message>
            <source>study</source>
            <translation>el estudio</translation>
        </message>
        <message>
            <source>series</source>
            <translation>la serie</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>no se puede escribir en %1: %2</translation>
        </message>
        <message>
            <source>%1 did not answer with multipart DICOM (Content-Type "%2")</source>
            <translation>%1 no respondió con DICOM multipart (Content-Type "%2")</translation>
        </message>
        <message>
            <source>%1 of %2 instances</source>
            <translation>%1 de %2 instancias</translation>
        </message>
        <message>
            <source>retrieve cancelled after %1</source>
            <translation>recuperación cancelada tras %1</translation>
        </message>
        <message>
            <source>the answer of %1 is not valid multipart: %2</source>
            <translation>la respuesta de %1 no es un multipart válido: %2</translation>
        </message>
        <message>
            <source>%1 (%2 received)</source>
            <translation>%1 (%2 recibidas)</translation>
        </message>
        <message>
            <source>%1 sent an empty answer</source>
            <translation>%1 envió una respuesta vacía</translation>
        </message>
        <message>
            <source>the answer of %1 was cut short: %2</source>
            <translation>la respuesta de %1 se interrumpió: %2</translation>
        </message>
        <message>
            <source>%1 received instances could not be stored: %2</source>
            <translation>no se pudieron almacenar %1 instancias recibidas: %2</translation>
        </message>
        <message>
            <source>%1 sent %2 parts that are not DICOM Part 10 files (parts %3)</source>
            <translation>%1 envió %2 partes que no son archivos DICOM Part 10 (partes %3)</translation>
        </message>
        <message>
            <source>retrieved %1 into %2</source>
            <translation>se recuperaron %1 en %2</translation>
        </message>
        <message>
            <source>%1: not a DICOM Part 10 file with a SOP class and transfer syntax</source>
            <translation>%1: no es un archivo DICOM Part 10 con SOP class y sintaxis de transferencia</translation>
        </message>
        <message>
            <source>send cancelled after %1 of %2 files</source>
            <translation>envío cancelado tras %1 de %2 archivos</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: refused by %2: %3 (0x%4)</source>
            <translation>%1: rechazado por %2: %3 (0x%4)</translation>
        </message>
        <message>
            <source>%1: not stored by %2 (%3)</source>
            <translation>%1: no almacenado por %2 (%3)</translation>
        </message>
        <message>
            <source>not in the answer</source>
            <translation>no está en la respuesta</translation>
        </message>
        <message>
            <source>%1 of %2 files were not stored on %3</source>
            <translation>%1 de %2 archivos no se almacenaron en %3</translation>
        </message>
        <message>
            <source>sent %1 files to %2</source>
            <translation>se enviaron %1 archivos a %2</translation>
        </message>
        <message>
            <source>%1 is a DIMSE node, not a DICOMweb node</source>
            <translation>%1 es un nodo DIMSE, no un nodo DICOMweb</translation>
        </message>
        <message>
            <source>the url of node "%1" is not an http:// or https:// address</source>
            <translation>la URL del nodo "%1" no es una dirección http:// o https://</translation>
        </message>
        <message>
            <source>the url of node "%1" contains a password: give the user as "user" and the password through the keyring or the command line</source>
            <translation>la URL del nodo "%1" contiene una contraseña: indique el usuario en "user" y la contraseña mediante el llavero o la línea de comandos</translation>
        </message>
        <message>
            <source>node "%1" uses basic authentication but no password was given</source>
            <translation>el nodo "%1" usa autenticación básica, pero no se indicó ninguna contraseña</translation>
        </message>
        <message>
            <source>node "%1" uses bearer authentication but no token was given</source>
            <translation>el nodo "%1" usa autenticación Bearer, pero no se indicó ningún token</translation>
        </message>
        <message>
            <source>no PEM certificate could be read from %1 ("caCertificates" of node "%2")</source>
            <translation>no se pudo leer ningún certificado PEM de %1 ("caCertificates" del nodo "%2")</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s</source>
            <translation>%1 no respondió en %2 s</translation>
        </message>
        <message>
            <source>the TLS certificate of %1 was refused: %2</source>
            <translation>se rechazó el certificado TLS de %1: %2</translation>
        </message>
        <message>
            <source>%1 refused the credentials of user "%2" (HTTP 401): check the user name and password</source>
            <translation>%1 rechazó las credenciales del usuario "%2" (HTTP 401): compruebe el nombre de usuario y la contraseña</translation>
        </message>
        <message>
            <source>%1 refused the token (HTTP 401): it may have expired</source>
            <translation>%1 rechazó el token (HTTP 401): puede haber caducado</translation>
        </message>
        <message>
            <source>%1 asks for credentials (HTTP 401): set "authentication" for node "%2"</source>
            <translation>%1 solicita credenciales (HTTP 401): defina "authentication" para el nodo "%2"</translation>
        </message>
        <message>
            <source>%1 refused access (HTTP 403): these credentials are not allowed to do this</source>
            <translation>%1 denegó el acceso (HTTP 403): estas credenciales no permiten esta operación</translation>
        </message>
        <message>
            <source>%1 was not found on the server (HTTP 404): check the node's url</source>
            <translation>%1 no se encontró en el servidor (HTTP 404): compruebe la URL del nodo</translation>
        </message>
        <message>
            <source>%1 answered HTTP %2 %3%4</source>
            <translation>%1 respondió HTTP %2 %3%4</translation>
        </message>
        <message>
            <source>connection refused by %1 (nothing listens there?)</source>
            <translation>conexión rechazada por %1 (¿no hay nada escuchando allí?)</translation>
        </message>
        <message>
            <source>the host name "%1" cannot be resolved</source>
            <translation>no se puede resolver el nombre de host "%1"</translation>
        </message>
        <message>
            <source>%1 closed the connection before answering completely</source>
            <translation>%1 cerró la conexión antes de responder por completo</translation>
        </message>
        <message>
            <source>cannot reach %1: %2</source>
            <translation>no se puede acceder a %1: %2</translation>
        </message>
        <message>
            <source>talking to %1 failed: %2</source>
            <translation>falló la comunicación con %1: %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::InstanceFiler</name>
        <message>
            <source>cannot store %1 in %2: %3</source>
            <translation>no se puede almacenar %1 en %2: %3</translation>
        </message>
        <message>
            <source>too many different files named %1 in %2</source>
            <translation>demasiados archivos distintos llamados %1 en %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::MultipartStreamParser</name>
        <message>
            <source>the multipart answer has no boundary</source>
            <translation>la respuesta multipart no tiene delimitador</translation>
        </message>
        <message>
            <source>the multipart answer ended before its closing boundary (after 1 complete part)</source>
            <translation>la respuesta multipart terminó antes de su delimitador de cierre (tras 1 parte completa)</translation>
        </message>
        <message>
            <source>the multipart answer ended before its closing boundary (after %1 complete parts)</source>
            <translation>la respuesta multipart terminó antes de su delimitador de cierre (tras %1 partes completas)</translation>
        </message>
        <message>
            <source>a part header line has no field name: "%1"</source>
            <translation>una línea de encabezado de parte no tiene nombre de campo: "%1"</translation>
        </message>
        <message>
            <source>a part has an invalid Content-Length "%1"</source>
            <translation>una parte tiene un Content-Length no válido "%1"</translation>
        </message>
        <message>
            <source>a boundary line is not followed by a line break</source>
            <translation>una línea de delimitador no va seguida de un salto de línea</translation>
        </message>
        <message>
            <source>unexpected text after a boundary</source>
            <translation>texto inesperado tras un delimitador</translation>
        </message>
        <message>
            <source>a part's headers are longer than %1 bytes</source>
            <translation>los encabezados de una parte superan %1 bytes</translation>
        </message>
        <message>
            <source>a part is longer than its Content-Length (%1 bytes)</source>
            <translation>una parte supera su Content-Length (%1 bytes)</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::NodeDirectory</name>
        <message>
            <source>unknown key "%1" (allowed: %2)</source>
            <translation>clave desconocida "%1" (permitidas: %2)</translation>
        </message>
        <message>
            <source>"port" must be a whole number from 1 to 65535</source>
            <translation>"port" debe ser un número entero de 1 a 65535</translation>
        </message>
        <message>
            <source>"timeoutSeconds" must be a whole number from 1 to 3600</source>
            <translation>"timeoutSeconds" debe ser un número entero de 1 a 3600</translation>
        </message>
        <message>
            <source>"tls" must be an object</source>
            <translation>"tls" debe ser un objeto</translation>
        </message>
        <message>
            <source>tls: %1</source>
            <translation>tls: %1</translation>
        </message>
        <message>
            <source>tls: "%1" must be true or false</source>
            <translation>tls: "%1" debe ser true o false</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" must be a PEM file or a list of PEM files</source>
            <translation>tls: "trustedCertificates" debe ser un archivo PEM o una lista de archivos PEM</translation>
        </message>
        <message>
            <source>tls: "certificate" and "privateKey" go together (the key's password is never stored in this file)</source>
            <translation>tls: "certificate" y "privateKey" van juntos (la contraseña de la clave nunca se guarda en este archivo)</translation>
        </message>
        <message>
            <source>tls: our listener needs "certificate" and "privateKey"</source>
            <translation>tls: nuestro servicio de escucha necesita "certificate" y "privateKey"</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" (the callers' CA) is needed to check callers, or set "verifyPeer": false</source>
            <translation>tls: se necesita "trustedCertificates" (la CA de los llamantes) para verificar a los llamantes, o defina "verifyPeer": false</translation>
        </message>
        <message>
            <source>tls: "trustedCertificates" (the server's CA) is needed to check the server, or set "verifyPeer": false</source>
            <translation>tls: se necesita "trustedCertificates" (la CA del servidor) para verificar el servidor, o defina "verifyPeer": false</translation>
        </message>
        <message>
            <source>"receive" must be true or false</source>
            <translation>"receive" debe ser true o false</translation>
        </message>
        <message>
            <source>"aeTitle" must be 1 to 16 printable ASCII characters without a backslash</source>
            <translation>"aeTitle" debe tener de 1 a 16 caracteres ASCII imprimibles sin barra invertida</translation>
        </message>
        <message>
            <source>"allowedCallers" must be a list of AE titles</source>
            <translation>"allowedCallers" debe ser una lista de AE titles</translation>
        </message>
        <message>
            <source>"name" is missing</source>
            <translation>falta "name"</translation>
        </message>
        <message>
            <source>"retrieve" must be "get" or "move"</source>
            <translation>"retrieve" debe ser "get" o "move"</translation>
        </message>
        <message>
            <source>"worklist" must be true or false</source>
            <translation>"worklist" debe ser true o false</translation>
        </message>
        <message>
            <source>"host" is missing</source>
            <translation>falta "host"</translation>
        </message>
        <message>
            <source>"port" is missing</source>
            <translation>falta "port"</translation>
        </message>
        <message>
            <source>"url" must start with http:// or https://</source>
            <translation>"url" debe empezar por http:// o https://</translation>
        </message>
        <message>
            <source>"authentication" must be "none", "basic" or "bearer"</source>
            <translation>"authentication" debe ser "none", "basic" o "bearer"</translation>
        </message>
        <message>
            <source>basic authentication needs "user" (the password is never stored in this file)</source>
            <translation>la autenticación básica necesita "user" (la contraseña nunca se guarda en este archivo)</translation>
        </message>
        <message>
            <source>"caCertificates" must name a PEM file of trusted CA certificates</source>
            <translation>"caCertificates" debe indicar un archivo PEM de certificados de CA de confianza</translation>
        </message>
        <message>
            <source>"kind" must be "dimse" or "dicomweb"</source>
            <translation>"kind" debe ser "dimse" o "dicomweb"</translation>
        </message>
        <message>
            <source>cannot read the nodes file %1: %2</source>
            <translation>no se puede leer el archivo de nodos %1: %2</translation>
        </message>
        <message>
            <source>cannot create the folder of %1</source>
            <translation>no se puede crear la carpeta de %1</translation>
        </message>
        <message>
            <source>cannot write the nodes file %1: %2</source>
            <translation>no se puede escribir el archivo de nodos %1: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at byte %2: %3</source>
            <translation>%1: JSON no válido en el byte %2: %3</translation>
        </message>
        <message>
            <source>%1: the top level must be an object with "nodes"</source>
            <translation>%1: el nivel superior debe ser un objeto con "nodes"</translation>
        </message>
        <message>
            <source>%1: "local" must be an object</source>
            <translation>%1: "local" debe ser un objeto</translation>
        </message>
        <message>
            <source>%1: local: %2</source>
            <translation>%1: local: %2</translation>
        </message>
        <message>
            <source>%1: "nodes" must be a list</source>
            <translation>%1: "nodes" debe ser una lista</translation>
        </message>
        <message>
            <source>%1: node %2 is not an object</source>
            <translation>%1: el nodo %2 no es un objeto</translation>
        </message>
        <message>
            <source>%1: node %2%3: %4</source>
            <translation>%1: nodo %2%3: %4</translation>
        </message>
        <message>
            <source>%1: node %2: the name "%3" is used twice</source>
            <translation>%1: nodo %2: el nombre "%3" se usa dos veces</translation>
        </message>
    </context>
    <context>
        <name>continuum::remote::StowRequestBody</name>
        <message>
            <source>%1: cannot read the file</source>
            <translation>%1: no se puede leer el archivo</translation>
        </message>
        <message>
            <source>%1 changed while it was being sent</source>
            <translation>%1 cambió mientras se enviaba</translation>
        </message>
    </context>
    <context>
        <name>continuum::render::CineViewport</name>
        <message>
            <source>Frame %1 / %2</source>
            <translation>Fotograma %1 / %2</translation>
        </message>
        <message>
            <source>Frame %1: %2</source>
            <translation>Fotograma %1: %2</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <translation>Perdidos: %1</translation>
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
            <translation>V %1 N %2</translation>
        </message>
    </context>
    <context>
        <name>continuum::timeline</name>
        <message>
            <source>the local catalog is not open</source>
            <translation>el catálogo local no está abierto</translation>
        </message>
        <message>
            <source>local catalog</source>
            <translation>catálogo local</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>On PACS</source>
            <translation>En el PACS</translation>
        </message>
        <message>
            <source>Retrieving</source>
            <translation>Recuperando</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incompleto</translation>
        </message>
        <message>
            <source>Patient name differs (%1): "%2" instead of "%3"</source>
            <translation>El nombre del paciente difiere (%1): "%2" en lugar de "%3"</translation>
        </message>
        <message>
            <source>Birth date differs (%1): %2 instead of %3</source>
            <translation>La fecha de nacimiento difiere (%1): %2 en lugar de %3</translation>
        </message>
    </context>
    <context>
        <name>continuum::timeline::Department</name>
        <message>
            <source>Radiology</source>
            <translation>Radiología</translation>
        </message>
        <message>
            <source>Cardiology</source>
            <translation>Cardiología</translation>
        </message>
        <message>
            <source>Oncology</source>
            <translation>Oncología</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>continuum::timeline::DepartmentMapping</name>
        <message>
            <source>the mapping must be a JSON object</source>
            <translation>la correspondencia debe ser un objeto JSON</translation>
        </message>
        <message>
            <source>unknown key "%1" (expected format, version, comment, fallback, rules)</source>
            <translation>clave desconocida "%1" (se esperaba format, version, comment, fallback, rules)</translation>
        </message>
        <message>
            <source>"format" must be "%1"</source>
            <translation>"format" debe ser "%1"</translation>
        </message>
        <message>
            <source>unsupported "version" (this Continuum reads version 1)</source>
            <translation>"version" no compatible (este Continuum lee la versión 1)</translation>
        </message>
        <message>
            <source>"fallback" must be radiology, cardiology, oncology or other</source>
            <translation>"fallback" debe ser radiology, cardiology, oncology u other</translation>
        </message>
        <message>
            <source>"rules" must be an array of rule objects</source>
            <translation>"rules" debe ser una matriz de objetos de regla</translation>
        </message>
        <message>
            <source>rule %1: %2</source>
            <translation>regla %1: %2</translation>
        </message>
        <message>
            <source>a rule must be an object</source>
            <translation>una regla debe ser un objeto</translation>
        </message>
        <message>
            <source>unknown key "%1" (expected modalities, sopClasses, studyDescription, department, comment)</source>
            <translation>clave desconocida "%1" (se esperaba modalities, sopClasses, studyDescription, department, comment)</translation>
        </message>
        <message>
            <source>"modalities" must be a non-empty list of modality codes</source>
            <translation>"modalities" debe ser una lista no vacía de códigos de modalidad</translation>
        </message>
        <message>
            <source>"sopClasses" must be a non-empty list of SOP Class UIDs</source>
            <translation>"sopClasses" debe ser una lista no vacía de SOP Class UID</translation>
        </message>
        <message>
            <source>"studyDescription" must be a regular expression</source>
            <translation>"studyDescription" debe ser una expresión regular</translation>
        </message>
        <message>
            <source>invalid regular expression "%1": %2</source>
            <translation>expresión regular no válida "%1": %2</translation>
        </message>
        <message>
            <source>a rule needs at least one of modalities, sopClasses, studyDescription</source>
            <translation>una regla necesita al menos uno de modalities, sopClasses, studyDescription</translation>
        </message>
        <message>
            <source>unknown department "%1" (expected radiology, cardiology, oncology, other or images)</source>
            <translation>servicio desconocido "%1" (se esperaba radiology, cardiology, oncology, other o images)</translation>
        </message>
    </context>
    <context>
        <name>continuum::worklist</name>
        <message>
            <source>%1 rejected the connection: check the called AE title "%2" and that it knows the calling AE title "%3".</source>
            <translation>%1 rechazó la conexión: compruebe el AE title llamado "%2" y que conozca el AE title llamante "%3".</translation>
        </message>
        <message>
            <source>%1 accepted the connection but does not offer the modality worklist service.</source>
            <translation>%1 aceptó la conexión, pero no ofrece el servicio de lista de trabajo de modalidades.</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s during %3.</source>
            <translation>%1 no respondió en %2 s durante %3.</translation>
        </message>
        <message>
            <source>Connection refused by %1:%2: nothing listens on that port.</source>
            <translation>Conexión rechazada por %1:%2: no hay nada escuchando en ese puerto.</translation>
        </message>
        <message>
            <source>%1:%2 did not answer within %3 s.</source>
            <translation>%1:%2 no respondió en %3 s.</translation>
        </message>
        <message>
            <source>Cannot connect to %1:%2 (%3).</source>
            <translation>No se puede conectar con %1:%2 (%3).</translation>
        </message>
        <message>
            <source>%1 failed during %2: %3</source>
            <translation>%1 falló durante %2: %3</translation>
        </message>
        <message>
            <source>"%1" must be a list</source>
            <translation>"%1" debe ser una lista</translation>
        </message>
        <message>
            <source>unknown value "%1" in "%2"</source>
            <translation>valor desconocido "%1" en "%2"</translation>
        </message>
        <message>
            <source>network setup</source>
            <translation>configuración de red</translation>
        </message>
        <message>
            <source>Cannot use DICOM TLS with %1: %2</source>
            <translation>No se puede usar DICOM TLS con %1: %2</translation>
        </message>
        <message>
            <source>association</source>
            <translation>asociación</translation>
        </message>
        <message>
            <source>the worklist query</source>
            <translation>la consulta de lista de trabajo</translation>
        </message>
        <message>
            <source>%1 answered the worklist query with status 0x%2.</source>
            <translation>%1 respondió a la consulta de lista de trabajo con el estado 0x%2.</translation>
        </message>
        <message>
            <source>"daysBack" needs "from" &gt;= "to" &gt;= 0 (days before today)</source>
            <translation>"daysBack" necesita "from" &gt;= "to" &gt;= 0 (días antes de hoy)</translation>
        </message>
        <message>
            <source>The local catalog is not open.</source>
            <translation>El catálogo local no está abierto.</translation>
        </message>
        <message>
            <source>Only studies in the local catalog have a reading status; retrieve the study first.</source>
            <translation>Solo los estudios del catálogo local tienen estado de lectura; recupere primero el estudio.</translation>
        </message>
        <message>
            <source>Only studies in the local catalog keep a priority; retrieve the study first.</source>
            <translation>Solo los estudios del catálogo local conservan una prioridad; recupere primero el estudio.</translation>
        </message>
        <message>
            <source>not a worklist preset file ("format" must be "%1")</source>
            <translation>no es un archivo de filtros predefinidos de lista de trabajo ("format" debe ser "%1")</translation>
        </message>
        <message>
            <source>unsupported version %1</source>
            <translation>versión %1 no compatible</translation>
        </message>
        <message>
            <source>a preset has no name</source>
            <translation>un filtro predefinido no tiene nombre</translation>
        </message>
        <message>
            <source>preset "%1": %2</source>
            <translation>filtro predefinido "%1": %2</translation>
        </message>
        <message>
            <source>the bundled worklist presets are missing</source>
            <translation>faltan los filtros predefinidos incluidos de la lista de trabajo</translation>
        </message>
        <message>
            <source>A preset needs a name.</source>
            <translation>Un filtro predefinido necesita un nombre.</translation>
        </message>
        <message>
            <source>"%1" is not one of your presets.</source>
            <translation>"%1" no es uno de sus filtros predefinidos.</translation>
        </message>
        <message>
            <source>No file for user presets.</source>
            <translation>No hay archivo para los filtros predefinidos del usuario.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>No se puede crear la carpeta %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
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
            <translation>Urgente</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programado</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>No leído</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>In progress: %1</source>
            <translation>En curso: %1</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Leído</translation>
        </message>
        <message>
            <source>Read: %1</source>
            <translation>Leído: %1</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Local, also on %1</source>
            <translation>Local, también en %1</translation>
        </message>
        <message>
            <source>On %1</source>
            <translation>En %1</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 desde %2</translation>
        </message>
        <message>
            <source>Patient ID %1, accession %2</source>
            <translation>ID de paciente %1, n.º de acceso %2</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Age/Sex</source>
            <translation>Edad/Sexo</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Date/Time</source>
            <translation>Fecha/Hora</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Cannot create the demo studies in %1: %2</source>
            <translation>No se pueden crear los estudios de demostración en %1: %2</translation>
        </message>
    </context>
</TS>
