#pragma once
#include "remote/RemoteNode.h"

#include <optional>
#include <vector>

namespace continuum::remote {

// The configured remote nodes and our own AE, loaded from a JSON file (format in
// docs/remote-nodes.md). Loading validates everything up front so that a typo is reported
// with the file, the node and the key rather than as a network error later.
class NodeDirectory {
public:
    // Returns a one-line error ("nodes.json: node 2 (\"pacs\"): \"port\" must be 1-65535").
    std::optional<QString> load(const QString& path);
    std::optional<QString> loadFromJson(const QByteArray& json, const QString& sourceName);

    const std::vector<RemoteNode>& nodes() const { return m_nodes; }
    const RemoteNode* find(const QString& name) const;   // exact name, nullptr if absent
    // The DIMSE nodes marked as modality worklist servers ("worklist": true), in file order.
    std::vector<RemoteNode> worklistServers() const;
    const LocalNode& local() const { return m_local; }

    // Editing (the settings page): the whole list and our own AE at once.
    void setNodes(std::vector<RemoteNode> nodes);
    void setLocal(LocalNode local);
    // The file format load() reads (never a secret: none is part of these values).
    QByteArray toJson() const;
    // Writes toJson() atomically after checking that load() accepts it; an error otherwise.
    std::optional<QString> save(const QString& path) const;

private:
    std::vector<RemoteNode> m_nodes;
    LocalNode m_local;
};

} // namespace continuum::remote
