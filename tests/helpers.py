"""Tiny models built in the test: local Hugging Face folders that load like the real ones.

`build_tiny_bert` writes a 2-layer, hidden-32 `BertModel` (safetensors) with a WordPiece
tokenizer; `build_tiny_llama` writes a 2-layer `LlamaForCausalLM` with a byte-level BPE
tokenizer and a ChatML chat template (`<|im_start|>` / `<|im_end|>`), like SmolLM2's.
Both take well under a second and need no network.
"""

from __future__ import annotations

import string
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
from tokenizers.trainers import BpeTrainer
from transformers import (
    BertConfig,
    BertModel,
    GenerationConfig,
    LlamaConfig,
    LlamaForCausalLM,
    PreTrainedTokenizerFast,
)

BERT_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
BERT_WORDS = (
    "the a an is are was to of and in on for with my me you your i it this that what how "
    "when where who why please can could would book cancel order pay bill card balance "
    "transfer money account weather today tomorrow rain sun play music song stop set alarm "
    "timer call text message hello hi thanks bye good bad great love hate movie film food"
).split()

CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
LLAMA_SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
LLAMA_CORPUS = [
    "Hello! How can I help you today?",
    "I am Ada, Sam's assistant. The capital of France is Paris.",
    "What is 2+2? It is 4. Thank you, goodbye.",
    "user assistant system: please answer briefly and politely.",
]


def build_bert_vocab() -> list[str]:
    """Specials, a few whole words, and every letter/digit with its `##` continuation,
    so any lower-case ASCII text tokenises without [UNK]."""
    chars = list(string.ascii_lowercase + string.digits)
    punctuation = list(string.punctuation)
    return BERT_SPECIALS + BERT_WORDS + chars + ["##" + c for c in chars] + punctuation


def build_bert_tokenizer(vocab: list[str]) -> PreTrainedTokenizerFast:
    """An uncased WordPiece tokenizer with BERT's `[CLS] … [SEP]` template."""
    ids = {token: i for i, token in enumerate(vocab)}
    tok = Tokenizer(models.WordPiece(ids, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])],
    )
    tok.decoder = decoders.WordPiece(prefix="##")
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=64,
    )


def build_tiny_bert(folder: Path, *, seed: int = 0, hidden: int = 32, layers: int = 2) -> Path:
    """Write a tiny random `BertModel` + WordPiece tokenizer to `folder` (safetensors)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    vocab = build_bert_vocab()
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=2,
        intermediate_size=2 * hidden,
        max_position_embeddings=64,
        pad_token_id=0,
    )
    torch.manual_seed(seed)
    BertModel(config).save_pretrained(folder)
    build_bert_tokenizer(vocab).save_pretrained(folder)
    return folder


def build_llama_tokenizer() -> PreTrainedTokenizerFast:
    """A byte-level BPE (every byte covered, ~300 tokens) with ChatML specials."""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = BpeTrainer(
        vocab_size=320,
        special_tokens=LLAMA_SPECIALS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(LLAMA_CORPUS, trainer=trainer)
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        model_max_length=256,
    )
    wrapped.chat_template = CHAT_TEMPLATE
    return wrapped


def build_tiny_llama(folder: Path, *, seed: int = 0) -> Path:
    """Write a tiny random `LlamaForCausalLM` + ChatML tokenizer to `folder` (safetensors)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer = build_llama_tokenizer()
    ids = tokenizer.convert_tokens_to_ids(LLAMA_SPECIALS)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        pad_token_id=ids[0],
        bos_token_id=ids[1],
        eos_token_id=ids[2],
        tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    model.generation_config = GenerationConfig(
        bos_token_id=ids[1], eos_token_id=ids[2], pad_token_id=ids[0], do_sample=False
    )
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
