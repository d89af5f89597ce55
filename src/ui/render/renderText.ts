import { defineCatalog } from "../i18n/catalog";

/** Strings drawn into exported images. */
export const renderText = defineCatalog(
  {
    summary: "{layers} layers · {params} parameters",
    errors: "{count} errors",
    empty: "This graph has no layers yet.",
    role_encoder: "Encoder",
    role_decoder: "Decoder",
    role_generator: "Generator",
    role_discriminator: "Discriminator",
    role_critic: "Critic",
  },
  {
    summary: "{layers} 层 · {params} 个参数",
    errors: "{count} 个错误",
    empty: "此图还没有任何层。",
    role_encoder: "编码器",
    role_decoder: "解码器",
    role_generator: "生成器",
    role_discriminator: "判别器",
    role_critic: "评判器",
  },
);
