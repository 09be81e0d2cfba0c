#include "remote/CredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>

#include <qt6keychain/keychain.h>

#include <mutex>

namespace continuum::remote {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::remote::CredentialStore", text);
}

// Process-wide: the keyring probe result and the memory-only secrets.
struct Shared {
    std::mutex mutex;
    std::optional<bool> keyringAvailable;
    QString keyringProblem;
    QHash<QString, QString> memory;
};

Shared& shared()
{
    static Shared instance;
    return instance;
}

// Runs a keychain job to completion in a local event loop.
void run(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec();
}

} // namespace

CredentialStore::CredentialStore(QString service) : m_service(std::move(service)) {}

QString CredentialStore::key(const QString& nodeName, SecretKind kind) const
{
    switch (kind) {
    case SecretKind::Password: return nodeName + QStringLiteral("/password");
    case SecretKind::Token: return nodeName + QStringLiteral("/token");
    case SecretKind::PrivateKeyPassword: return nodeName + QStringLiteral("/tls-key-password");
    }
    return nodeName;
}

bool CredentialStore::persistent()
{
    {
        const std::lock_guard lock(shared().mutex);
        if (shared().keyringAvailable)
            return *shared().keyringAvailable;
    }
    // Reading an entry that does not exist tells whether a keyring answers at all.
    QKeychain::ReadPasswordJob probe(m_service);
    probe.setKey(QStringLiteral("continuum-keyring-probe"));
    run(probe);
    const bool available = probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
    const std::lock_guard lock(shared().mutex);
    shared().keyringAvailable = available;
    shared().keyringProblem = available ? QString() : probe.errorString();
    return available;
}

QString CredentialStore::storageDescription()
{
    if (persistent())
        return tr("the desktop keyring");
    const std::lock_guard lock(shared().mutex);
    return tr("memory only, until the program ends (no desktop keyring: %1)").arg(shared().keyringProblem);
}

std::optional<QString> CredentialStore::secret(const QString& nodeName, SecretKind kind)
{
    {
        const std::lock_guard lock(shared().mutex);
        const auto it = shared().memory.constFind(key(nodeName, kind));
        if (it != shared().memory.constEnd())
            return it.value();
    }
    if (!persistent())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key(nodeName, kind));
    run(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

RemoteStatus CredentialStore::store(const QString& nodeName, SecretKind kind, const QString& secret)
{
    if (persistent()) {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key(nodeName, kind));
        job.setTextData(secret);
        run(job);
        if (job.error() == QKeychain::NoError) {
            const std::lock_guard lock(shared().mutex);
            shared().memory.remove(key(nodeName, kind));
            return RemoteStatus::success(tr("saved in the desktop keyring"));
        }
        // The keyring refused (locked, access denied): keep it for this session at least. The
        // keyring's message is about the keyring, never the secret.
        const std::lock_guard lock(shared().mutex);
        shared().memory.insert(key(nodeName, kind), secret);
        return RemoteStatus::failure(RemoteErrorKind::LocalStorage,
                                     tr("the desktop keyring did not save it (%1); kept in memory until the program ends").arg(job.errorString()));
    }
    const std::lock_guard lock(shared().mutex);
    shared().memory.insert(key(nodeName, kind), secret);
    return RemoteStatus::success(tr("kept in memory only, until the program ends (no desktop keyring)"));
}

RemoteStatus CredentialStore::forget(const QString& nodeName, SecretKind kind)
{
    {
        const std::lock_guard lock(shared().mutex);
        shared().memory.remove(key(nodeName, kind));
    }
    if (!persistent())
        return RemoteStatus::success();
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key(nodeName, kind));
    run(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return RemoteStatus::failure(RemoteErrorKind::LocalStorage, tr("the desktop keyring did not delete it: %1").arg(job.errorString()));
    return RemoteStatus::success();
}

std::optional<SecretKind> CredentialStore::kindFor(const RemoteNode& node)
{
    if (node.authentication == QLatin1String("basic"))
        return SecretKind::Password;
    if (node.authentication == QLatin1String("bearer"))
        return SecretKind::Token;
    return std::nullopt;
}

} // namespace continuum::remote
