/** The training loop, data loaders, batch size and command line of the script, as Python. */
import { pyBlock } from "./block";

export const LOOP = pyBlock`
  def as_list(outputs):
      return list(outputs) if isinstance(outputs, (tuple, list)) else [outputs]


  def objective(model, outputs, targets, training):
      """The graph's loss: each output's loss, summed over the outputs as tfjs sums them; while
      training also the weight penalties and the KL term a Sampling layer keeps (as tfjs adds them).
      """
      loss = sum(fn(output, target) for fn, output, target in zip(OUTPUT_LOSSES, outputs, targets))
      if training:
          parameters = dict(model.named_parameters())
          for key, (l1, l2) in REGULARIZERS.items():
              weight = parameters[key]
              loss = loss + l1 * weight.abs().sum() + l2 * weight.square().sum()
          for module in model.modules():
              if getattr(module, "kl", None) is not None:
                  loss = loss + module.kl
      return loss


  def run_epoch(net, model, loader, optimizer, device, world_size):
      """One pass over loader, training when an optimizer is given. Returns the mean loss and
      metrics over the samples of every process.
      """
      training = optimizer is not None
      net.train(training)
      sums = torch.zeros(2 + 2 * len(METRICS), dtype=torch.float64)
      with torch.set_grad_enabled(training):
          for batch in loader:
              batch = [tensor.to(device) for tensor in batch]
              inputs, targets = batch[:INPUT_COUNT], batch[INPUT_COUNT:]
              outputs = as_list(net(*inputs))
              loss = objective(model, outputs, targets, training)
              if training:
                  optimizer.zero_grad()
                  loss.backward()
                  optimizer.step()
              sums[0] += loss.item() * len(inputs[0])
              sums[1] += len(inputs[0])
              for k, (index, name) in enumerate(METRICS):
                  output, target = outputs[index].detach(), targets[index]
                  total, count = metric_terms(
                      name, output, target, TARGETS[index], THRESHOLDS[index]
                  )
                  sums[2 + 2 * k] += total.item()
                  sums[3 + 2 * k] += count
      sums = all_sum(sums, world_size, device)
      results = {"loss": (sums[0] / sums[1]).item()}
      for k, (index, name) in enumerate(METRICS):
          label = name if len(TARGETS) == 1 else f"output{index}_{name}"
          results[label] = (sums[2 + 2 * k] / sums[3 + 2 * k]).item()
      return results
`;

export const BATCHES = pyBlock`
  def resolve_batch_size(batch_size, count, world_size):
      """Samples per batch in each process. The graph's batch size is the global batch (as in
      Neurograph and Keras's distribution strategies): each of world_size processes takes its
      share, and DistributedDataParallel averages their gradients, which is then the gradient of
      one batch of the graph's size. "full" is the whole training set.
      """
      size = count if str(batch_size) == "full" else int(batch_size)
      size = max(1, min(size, count))
      return max(1, -(-size // world_size))


  def make_loader(arrays, batch_size, shuffle, rank, world_size):
      """Batches of the arrays. With several processes each reads its own share of the samples
      (DistributedSampler, reshuffled every epoch by set_epoch; it repeats a few samples so that
      every process gets as many).
      """
      data = TensorDataset(*[torch.from_numpy(np.ascontiguousarray(a)) for a in arrays])
      if world_size > 1:
          sampler = DistributedSampler(
              data, num_replicas=world_size, rank=rank, shuffle=shuffle, seed=SEED
          )
          return DataLoader(data, batch_size=batch_size, sampler=sampler)
      generator = torch.Generator().manual_seed(SEED)
      return DataLoader(data, batch_size=batch_size, shuffle=shuffle, generator=generator)
`;

export const ALL_SUM = pyBlock`
  def all_sum(values, world_size, device):
      """The element-wise sum of a float64 tensor over every process (NCCL needs it on the GPU)."""
      if world_size > 1:
          values = values.to(device)
          dist.all_reduce(values, op=dist.ReduceOp.SUM)
      return values.cpu()
`;

export const TRAIN_MAIN = pyBlock`
  def main():
      args = parse_args()
      rank, world_size, device = setup_distributed()
      torch.manual_seed(SEED)
      model = build_model()
      if args.weights:
          load_weights(model, args.weights)
      model.to(device)
      inputs, targets = load_data(args)
      train, validation = split_validation(inputs + targets, VALIDATION_SPLIT, SEED)
      batch_size = resolve_batch_size(args.batch_size, len(train[0]), world_size)
      net = model
      if world_size > 1:
          # Every process holds a copy; DDP averages the gradients across them after each backward.
          ids = [device.index] if device.type == "cuda" else None
          net = DistributedDataParallel(model, device_ids=ids)
      optimizer = make_optimizer(model.parameters())
      train_loader = make_loader(train, batch_size, True, rank, world_size)
      validation_loader = None
      if validation is not None:
          validation_loader = make_loader(validation, batch_size, False, rank, world_size)
      if rank == 0:
          parameters = sum(p.numel() for p in model.parameters())
          print(
              f"{GRAPH_NAME}: {parameters} parameters, {len(train[0])} training samples, "
              f"{world_size} process(es) on {device}, {batch_size} samples per batch in each",
              flush=True,
          )
      for epoch in range(args.epochs):
          if world_size > 1:
              train_loader.sampler.set_epoch(epoch)
          results = run_epoch(net, model, train_loader, optimizer, device, world_size)
          if validation_loader is not None:
              # The bare model: evaluation needs no gradient synchronisation.
              checked = run_epoch(model, model, validation_loader, None, device, world_size)
              results.update({f"val_{name}": value for name, value in checked.items()})
          if rank == 0:
              figures = " ".join(f"{name} {value:.4f}" for name, value in results.items())
              print(f"epoch {epoch + 1}/{args.epochs}: {figures}", flush=True)
      if args.save and rank == 0:
          torch.save(model.state_dict(), args.save)
          print(f"saved the trained weights (a state dict) to {args.save}", flush=True)
      if world_size > 1:
          dist.destroy_process_group()
`;
