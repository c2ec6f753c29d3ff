#!/usr/bin/env bash
# A kind cluster that pulls from a local registry, set up as kind's local-registry guide does
# (https://kind.sigs.k8s.io/docs/user/local-registry/): a registry container published on 127.0.0.1:5001;
# a cluster (one control plane, two workers: the app runs on workers only) whose containerd reads
# per-registry settings from /etc/containerd/certs.d; on each node a hosts.toml that sends localhost:5001
# to the registry container (inside a node, localhost is the node itself); the registry attached to kind's
# network; and the local-registry-hosting ConfigMap that tells tools where the registry is.
# The README's kind quick start and .github/workflows/kind-e2e.yml both run this script. Running it again
# reuses the registry and the cluster.
#
# Usage: scripts/kind-with-registry.sh [cluster-name]     (default: orders; kube context kind-<cluster-name>)
# Then:  ./build.sh --target=Deploy --registry=localhost:5001 --kube-context=kind-orders
set -euo pipefail

cluster="${1:-orders}"
registry_name='kind-registry'
registry_port='5001'
registry_image='registry:2'

# 1. The registry container, unless it already runs.
if [ "$(timeout 30 docker inspect -f '{{.State.Running}}' "$registry_name" 2>/dev/null || true)" != 'true' ]; then
    timeout 300 docker run -d --restart=always -p "127.0.0.1:${registry_port}:5000" --network bridge \
        --name "$registry_name" "$registry_image"
fi

# 2. The cluster, unless it exists, with containerd's registry config directory enabled.
if ! timeout 30 kind get clusters 2>/dev/null | grep -qx "$cluster"; then
    timeout 900 kind create cluster --name "$cluster" --wait 5m --config=- <<'YAML'
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
containerdConfigPatches:
  - |-
    [plugins."io.containerd.grpc.v1.cri".registry]
      config_path = "/etc/containerd/certs.d"
nodes:
  - role: control-plane
  - role: worker
  - role: worker
YAML
fi

# 3. On every node, localhost:5001 is the registry container.
registry_dir="/etc/containerd/certs.d/localhost:${registry_port}"
for node in $(timeout 30 kind get nodes --name "$cluster"); do
    timeout 30 docker exec "$node" mkdir -p "$registry_dir"
    printf '[host."http://%s:5000"]\n' "$registry_name" |
        timeout 30 docker exec -i "$node" cp /dev/stdin "$registry_dir/hosts.toml"
done

# 4. The registry on kind's network (where the nodes are), unless it already is.
if [ "$(timeout 30 docker inspect -f '{{json .NetworkSettings.Networks.kind}}' "$registry_name")" = 'null' ]; then
    timeout 30 docker network connect kind "$registry_name"
fi

# 5. Where the registry is, for tools that look (KEP-1755's local-registry-hosting ConfigMap).
timeout 60 kubectl --context "kind-${cluster}" apply -f - <<YAML
apiVersion: v1
kind: ConfigMap
metadata:
  name: local-registry-hosting
  namespace: kube-public
data:
  localRegistryHosting.v1: |
    host: "localhost:${registry_port}"
    help: "https://kind.sigs.k8s.io/docs/user/local-registry/"
YAML

echo "Cluster ${cluster} (kube context kind-${cluster}) pulls from localhost:${registry_port}. Next:"
echo "  ./build.sh --target=Deploy --registry=localhost:${registry_port} --kube-context=kind-${cluster}"
