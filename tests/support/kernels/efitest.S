/* efitest: tiny x86-64 EFI application for iPXE (platform=efi) boot tests.
 * Prints its LoadOptions (iPXE: "<image name> <args>") on COM1 and exits QEMU
 * through isa-debug-exit: qemu exit status 103.  Position independent (RIP-relative).
 * Build: as --64 -o efitest.o efitest.S
 *        ld -m i386pep --subsystem 10 -e efi_main -o efitest.efi efitest.o */
    .text
    .globl efi_main
efi_main:                       /* rcx = ImageHandle, rdx = SystemTable (MS x64 ABI) */
    push %rbx
    push %rsi
    push %rdi
    sub  $48, %rsp
    mov  %rcx, %rbx
    mov  %rdx, %rsi
    lea  s_booted(%rip), %rdi
    call puts
    lea  s_opts(%rip), %rdi
    call puts
    mov  96(%rsi), %rax         /* SystemTable->BootServices */
    mov  152(%rax), %rax        /* ->HandleProtocol */
    mov  %rbx, %rcx
    lea  guid_loaded_image(%rip), %rdx
    lea  40(%rsp), %r8
    call *%rax
    test %rax, %rax
    jnz  2f
    mov  40(%rsp), %rax         /* EFI_LOADED_IMAGE_PROTOCOL* */
    mov  48(%rax), %ecx         /* LoadOptionsSize (bytes) */
    mov  56(%rax), %rsi         /* LoadOptions (CHAR16*) */
    shr  $1, %ecx
    test %rsi, %rsi
    jz   2f
1:  test %ecx, %ecx
    jz   2f
    movzwl (%rsi), %eax
    test %eax, %eax
    jz   2f
    cmp  $0x7e, %eax
    jbe  11f
    mov  $'?', %eax
11: call putc
    add  $2, %rsi
    dec  %ecx
    jmp  1b
2:  lea  s_end(%rip), %rdi
    call puts
    mov  $0xf4, %dx             /* isa-debug-exit: status = (0x33<<1)|1 = 103 */
    mov  $0x33, %eax
    out  %eax, %dx
3:  hlt
    jmp  3b

putc:                           /* al -> COM1 */
    push %rdx
    push %rax
4:  mov  $0x3fd, %dx
    in   %dx, %al
    test $0x20, %al
    jz   4b
    pop  %rax
    mov  $0x3f8, %dx
    out  %al, %dx
    pop  %rdx
    ret
puts:                           /* rdi -> NUL-terminated */
    movzbl (%rdi), %eax
    test %eax, %eax
    jz   5f
    call putc
    inc  %rdi
    jmp  puts
5:  ret

    .section .rdata, "a"
    .align 8
guid_loaded_image:              /* 5B1B31A1-9562-11D2-8E3F-00A0C969723B */
    .long 0x5B1B31A1
    .word 0x9562, 0x11D2
    .byte 0x8E, 0x3F, 0x00, 0xA0, 0xC9, 0x69, 0x72, 0x3B
s_booted: .asciz "\r\nEFITEST: BOOTED\r\n"
s_opts:   .asciz "EFITEST: loadoptions="
s_end:    .asciz "\r\nEFITEST: END\r\n"
